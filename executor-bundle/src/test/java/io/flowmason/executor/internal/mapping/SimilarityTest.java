package io.flowmason.executor.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void countsEditsWithAdjacentSwapsAsOne() {
        assertThat(Similarity.distance("text", "text")).isZero();
        assertThat(Similarity.distance("txt", "text")).isEqualTo(1);
        assertThat(Similarity.distance("lable", "label")).isEqualTo(1);
        assertThat(Similarity.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Similarity.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void suggestsOnlyReasonablyCloseNames() {
        List<String> fields = List.of("ticket_text", "customer", "priority");
        assertThat(Similarity.closest("ticket_txt", fields)).isEqualTo("ticket_text");
        assertThat(Similarity.closest("Customer", fields)).isEqualTo("customer");
        assertThat(Similarity.closest("text", fields)).as("contained in it").isEqualTo("ticket_text");
        assertThat(Similarity.closest("prio", fields)).isEqualTo("priority");
        assertThat(Similarity.closest("zebra", fields)).isNull();
        assertThat(Similarity.closest("id", fields)).isNull();
        assertThat(Similarity.closest("x", List.of())).isNull();
    }

    @Test
    void suggestsTheClosestOrListsWhatThereIs() {
        assertThat(Similarity.suggest("custmer", List.of("customer", "priority"), "fields", "none"))
                .isEqualTo("did you mean `customer`?");
        assertThat(Similarity.suggest("zebra", List.of("customer", "priority"), "fields", "none"))
                .isEqualTo("fields: customer, priority");
        assertThat(Similarity.suggest("zebra", List.of(), "fields", "there are none")).isEqualTo("there are none");
    }
}
