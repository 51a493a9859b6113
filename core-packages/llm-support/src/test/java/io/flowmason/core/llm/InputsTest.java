package io.flowmason.core.llm;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void refusesEmptyText() {
        assertThatThrownBy(() -> Inputs.requireText(" \n", "improver", "feedback"))
                .isInstanceOf(ComponentException.class).hasMessage("improver needs a non-empty feedback")
                .extracting(e -> ((ComponentException) e).type()).isEqualTo(ErrorType.INVALID_INPUT);
        assertThatCode(() -> Inputs.requireText("x", "improver", "feedback")).doesNotThrowAnyException();
    }

    @Test
    void refusesAnEmptyListOrANullItem() {
        assertThatThrownBy(() -> Inputs.requireItems(List.of(), "selector", "options", "option"))
                .hasMessage("selector needs at least one option in options; it is empty")
                .extracting(e -> ((ComponentException) e).retryable()).isEqualTo(false);
        assertThatThrownBy(() -> Inputs.requireItems(Arrays.asList("a", null), "selector", "options", "option"))
                .hasMessage("selector: options[1] is null; every option must be a string");
        assertThatCode(() -> Inputs.requireItems(List.of(""), "selector", "options", "option")).doesNotThrowAnyException();
    }
}
