package io.flowmason.core.provider.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The price table shared by the HTTP providers (compiled into, and run by, each of them). */
class PriceTableTest {

    private final PriceTable prices = PriceTable.parse(new String[] {"gpt-4o=2.5/10", "gpt-4o-mini=0.15/0.6", " ", "local = 0 / 0"});

    @Test
    void pricesPerMillionTokensByTheLongestMatchingEntry() {
        assertThat(prices.cost("gpt-4o-2024-08-06", 1_000_000, 1_000_000)).isCloseTo(12.5, within(1e-9));
        assertThat(prices.cost("gpt-4o-mini-2024-07-18", 2000, 1000)).isCloseTo((2000 * 0.15 + 1000 * 0.6) / 1e6, within(1e-12));
        assertThat(prices.cost("local", 5, 5)).isZero();
    }

    @Test
    void anUnknownModelCostsNothing() {
        assertThat(prices.cost("claude-x", 100, 100)).isZero();
        assertThat(prices.cost(null, 100, 100)).isZero();
        assertThat(prices.models()).containsExactly("gpt-4o", "gpt-4o-mini", "local");
    }

    @Test
    void aMalformedEntryIsNamed() {
        assertThatThrownBy(() -> PriceTable.parse(new String[] {"gpt-4o:2.5/10"})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price entry 'gpt-4o:2.5/10' is not model=input/output");
        assertThatThrownBy(() -> PriceTable.parse(new String[] {"gpt-4o=cheap/10"})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price entry 'gpt-4o=cheap/10' has a price that is not a number");
    }

    @Test
    void theVendorsErrorMessageIsReadFromEitherVendorsErrorBody() {
        assertThat(RetryingSender.vendorMessage("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"))
                .isEqualTo("Overloaded");
        assertThat(RetryingSender.vendorMessage("{\"error\":{\"message\":\"Bad\",\"type\":\"x\",\"code\":null}}")).isEqualTo("Bad");
        assertThat(RetryingSender.vendorMessage("<html>Bad Gateway</html>")).isEqualTo("<html>Bad Gateway</html>");
        assertThat(RetryingSender.vendorMessage("")).isEqualTo("(empty answer)");
        assertThat(RetryingSender.vendorMessage("x".repeat(500))).hasSize(203);
    }
}
