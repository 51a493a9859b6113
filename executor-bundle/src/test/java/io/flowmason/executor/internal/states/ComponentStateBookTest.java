package io.flowmason.executor.internal.states;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.executor.ComponentState;
import io.flowmason.executor.ComponentStatus;
import io.flowmason.executor.ComponentStatus.AbandonedThreads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class ComponentStateBookTest {

    private static final Version V1 = Version.parseVersion("1.0.0");

    private static List<Runnable> abandon(ComponentStateBook book, int times) {
        List<Runnable> returns = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            returns.add(book.abandoned("spin", V1, Thread.currentThread()));
        }
        return returns;
    }

    @Test
    void aVersionNobodyTouchedIsActiveAndRunsFreely() {
        ComponentStateBook book = new ComponentStateBook(3);
        ComponentStatus status = book.status("spin", V1);
        assertThat(status.state()).isEqualTo(ComponentState.ACTIVE);
        assertThat(status.reason()).isNull();
        assertThat(status.abandonedThreads()).isEqualTo(AbandonedThreads.NONE);
        assertThat(book.refusal("spin", V1)).isNull();
        assertThat(book.notable()).isEmpty();
    }

    @Test
    void theThirdAbandonedThreadQuarantinesTheVersionAndOnlyThatVersion() {
        ComponentStateBook book = new ComponentStateBook(3);
        abandon(book, 2);
        assertThat(book.status("spin", V1).state()).isEqualTo(ComponentState.ACTIVE);
        abandon(book, 1);

        ComponentStatus status = book.status("spin", V1);
        assertThat(status.state()).isEqualTo(ComponentState.QUARANTINED);
        assertThat(status.reason()).contains("3 stage threads were abandoned", "FLOWMASON_QUARANTINE_AFTER_ABANDONED is 3");
        assertThat(status.abandonedThreads().running()).isEqualTo(3);
        assertThat(status.abandonedThreads().total()).isEqualTo(3);
        ComponentStateBook.Refusal refusal = book.refusal("spin", V1);
        assertThat(refusal.code()).isEqualTo("component_quarantined");
        assertThat(refusal.message()).contains("spin 1.0.0 is quarantined", "POST /api/registry/components/spin/1.0.0/enable");
        assertThat(book.refusal("spin", Version.parseVersion("1.0.1"))).isNull();
        assertThat(book.notable()).extracting(ComponentStatus::type).containsExactly("spin");
    }

    @Test
    void enablingStartsTheCountAfreshAndKeepsTheHistory() {
        ComponentStateBook book = new ComponentStateBook(3);
        List<Runnable> returns = abandon(book, 3);
        ComponentStatus enabled = book.enable("spin", V1);

        assertThat(enabled.state()).isEqualTo(ComponentState.ACTIVE);
        assertThat(enabled.reason()).isNull();
        assertThat(enabled.abandonedThreads()).extracting(AbandonedThreads::running, AbandonedThreads::total,
                AbandonedThreads::sinceEnabled).containsExactly(3, 3L, 0L);
        assertThat(book.refusal("spin", V1)).isNull();

        returns.forEach(Runnable::run);
        assertThat(book.status("spin", V1).abandonedThreads()).extracting(AbandonedThreads::running, AbandonedThreads::total)
                .containsExactly(0, 3L);
        abandon(book, 2);
        assertThat(book.status("spin", V1).state()).as("two since enabling are not three").isEqualTo(ComponentState.ACTIVE);
    }

    @Test
    void aDisabledVersionIsRefusedWithItsReasonAndStaysDisabledWhateverItsThreadsDo() {
        ComponentStateBook book = new ComponentStateBook(3);
        assertThat(book.disable("spin", V1, null).reason()).isEqualTo("disabled by an admin");
        book.disable("spin", V1, "  burns a core  ");
        abandon(book, 3);

        ComponentStatus status = book.status("spin", V1);
        assertThat(status.state()).isEqualTo(ComponentState.DISABLED);
        assertThat(status.reason()).isEqualTo("burns a core");
        assertThat(book.refusal("spin", V1).code()).isEqualTo("component_disabled");
        assertThat(book.refusal("spin", V1).message()).contains("spin 1.0.0 is disabled: burns a core", "/enable");
    }

    @Test
    void zeroNeverQuarantines() {
        ComponentStateBook book = new ComponentStateBook(0);
        abandon(book, 10);
        assertThat(book.status("spin", V1).state()).isEqualTo(ComponentState.ACTIVE);
        assertThat(book.status("spin", V1).abandonedThreads().total()).isEqualTo(10);
    }

    @Test
    void aRestoredStateIsEnforced() {
        ComponentStateBook book = new ComponentStateBook(3);
        Instant then = Instant.parse("2026-01-02T03:04:05Z");
        book.restore("spin", V1, ComponentState.QUARANTINED, "kept from before", then);

        assertThat(book.status("spin", V1).changedAt()).isEqualTo(then);
        assertThat(book.refusal("spin", V1).message()).contains("kept from before");
        book.enable("spin", V1);
        assertThat(book.refusal("spin", V1)).isNull();
    }
}
