package io.flowmason.core.provider.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices per model in US dollars per million tokens, read from configuration entries of the form
 * {@code model=input/output} ({@code claude-sonnet-4-5=3/15}). A model matches the entry with the
 * longest name it starts with, so {@code claude-sonnet-4-5-20250929} is priced as
 * {@code claude-sonnet-4-5}; a model without an entry costs nothing.
 */
public final class PriceTable {

    private record Price(double inputPerMillion, double outputPerMillion) {
    }

    private final Map<String, Price> prices;

    private PriceTable(Map<String, Price> prices) {
        this.prices = prices;
    }

    /**
     * Reads entries of the form {@code model=input/output}.
     *
     * @throws IllegalArgumentException naming the first malformed entry
     */
    public static PriceTable parse(String[] entries) {
        Map<String, Price> prices = new LinkedHashMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            int slash = entry.indexOf('/', equals + 1);
            if (equals <= 0 || slash < 0) {
                throw new IllegalArgumentException("price entry '" + entry + "' is not model=input/output");
            }
            try {
                prices.put(entry.substring(0, equals).trim(), new Price(Double.parseDouble(entry.substring(equals + 1, slash).trim()),
                        Double.parseDouble(entry.substring(slash + 1).trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("price entry '" + entry + "' has a price that is not a number", e);
            }
        }
        return new PriceTable(prices);
    }

    /** The cost in US dollars of one call, 0 for a model without a price. */
    public double cost(String model, long inputTokens, long outputTokens) {
        Price price = find(model);
        return price == null ? 0.0 : (inputTokens * price.inputPerMillion + outputTokens * price.outputPerMillion) / 1_000_000.0;
    }

    /** The priced model names, in configuration order. */
    public List<String> models() {
        return new ArrayList<>(prices.keySet());
    }

    private Price find(String model) {
        if (model == null) {
            return null;
        }
        return prices.entrySet().stream()
                .filter(e -> model.startsWith(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(null);
    }
}
