package com.acme.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.api.component.ComponentException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    @Test
    void readsAVerdictAndRoutesItsCategory() {
        SupportClassifier.Output verdict = Verdicts.read("Sure!\n```json\n{\"priority\": \"High\", \"category\": \"billing\","
                + " \"confidence\": 0.82}\n```");
        assertThat(verdict).isEqualTo(new SupportClassifier.Output(SupportClassifier.Priority.high, "billing", "billing-desk", 0.82));
    }

    @Test
    void anUnknownCategoryGoesToTheFrontLineAndConfidenceIsClamped() {
        SupportClassifier.Output verdict = Verdicts.read("{\"category\": \"refunds\", \"priority\": \"low\", \"confidence\": 7}");
        assertThat(verdict.assignedTeam()).isEqualTo("frontline-support");
        assertThat(verdict.confidence()).isEqualTo(1.0);
    }

    @Test
    void anAnswerWithoutAVerdictIsARetryableProviderFailure() {
        assertThatThrownBy(() -> Verdicts.read("I cannot help with that")).isInstanceOf(CompletionException.class).cause()
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("not a verdict", "I cannot help");
                });
        assertThatThrownBy(() -> Verdicts.read("{\"priority\": \"urgent\", \"category\": \"billing\"}"))
                .isInstanceOf(CompletionException.class);
    }
}
