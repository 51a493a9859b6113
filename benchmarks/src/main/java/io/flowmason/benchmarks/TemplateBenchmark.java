package io.flowmason.benchmarks;

import io.flowmason.executor.internal.mapping.Template;
import io.flowmason.executor.internal.mapping.TemplateException;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Rendering a parsed template, which every mapped field costs on every run: a text with input,
 * upstream, env and context references, and a single reference that keeps its value's type.
 * Parsing, done once when a pipeline is saved, is measured beside it; the baseline builds the same
 * text by hand from the same maps.
 */
public class TemplateBenchmark extends NanoBenchmark {

    static final String TEXT = "Ticket {{context.run_id}} from {{input.customer.name}} ({{input.customer.id}}): "
            + "{{input.ticket_text}}; labelled {{upstream.classify.label}} at {{upstream.classify.score}}, "
            + "see {{env.API_BASE}}/tickets";
    static final String EXPECTED = "Ticket run_42 from Ada Lovelace (c-17): " + Ticket.TEXT
            + "; labelled shipping at 0.93, see https://support.example.com/tickets";

    private FixedScope scope;
    private Template text;
    private Template single;

    @Setup
    public void setUp() throws TemplateException {
        scope = Ticket.scope();
        text = Template.parse(TEXT);
        single = Template.parse("{{upstream.classify.items[2].name}}");
        Checks.expect("rendered text", EXPECTED, text.renderText(scope));
        Checks.expect("single reference", "c", single.render(scope));
        Checks.expect("hand-built text", EXPECTED, baselineHandBuiltText());
    }

    @Benchmark
    public String renderText() {
        return text.renderText(scope);
    }

    @Benchmark
    public Object renderSingleReference() {
        return single.render(scope);
    }

    @Benchmark
    public Template parse() throws TemplateException {
        return Template.parse(TEXT);
    }

    /** The same text from the same maps, written out by hand: what rendering cannot go below. */
    @Benchmark
    @SuppressWarnings("unchecked")
    public String baselineHandBuiltText() {
        Map<String, Object> input = (Map<String, Object>) scope.input();
        Map<String, Object> customer = (Map<String, Object>) input.get("customer");
        Map<String, Object> classify = (Map<String, Object>) scope.upstream("classify");
        return new StringBuilder(256).append("Ticket ").append(scope.context("run_id")).append(" from ")
                .append(customer.get("name")).append(" (").append(customer.get("id")).append("): ")
                .append(input.get("ticket_text")).append("; labelled ").append(classify.get("label")).append(" at ")
                .append(classify.get("score")).append(", see ").append(scope.env("API_BASE")).append("/tickets").toString();
    }
}
