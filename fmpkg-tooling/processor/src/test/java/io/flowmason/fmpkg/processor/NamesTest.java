package io.flowmason.fmpkg.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({
        "ticketText, ticket_text",
        "maxTokens, max_tokens",
        "userID, user_id",
        "HTMLPage, html_page",
        "address2Line, address2_line",
        "already_snake, already_snake",
        "x, x"
    })
    void convertsCamelCaseToSnakeCase(String camel, String snake) {
        assertThat(Names.snakeCase(camel)).isEqualTo(snake);
    }

    @ParameterizedTest
    @CsvSource({
        "SupportClassifier, support_classifier",
        "support-classifier, support_classifier",
        "Support Classifier, support_classifier",
        "support__classifier, support_classifier",
        "9lives, lives",
        "'', my_component"
    })
    void suggestsAValidComponentType(String written, String suggestion) {
        assertThat(Names.suggestComponentType(written)).isEqualTo(suggestion);
        assertThat(Names.isComponentType(suggestion)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"a, true", "json_transform, true", "v2_x, true", "Json, false", "2x, false", "a-b, false", "_a, false"})
    void acceptsOnlySnakeCaseTypes(String type, boolean valid) {
        assertThat(Names.isComponentType(type)).isEqualTo(valid);
    }
}
