package io.flowmason.fmpkg.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record component types without a JSON Schema, and defaults that do not fit. */
class SchemaChecksTest {

    @TempDir
    Path out;

    private TestCompilation compileInput(String inputComponents) {
        return TestCompilation.compile(out, "acme/Op.java", Sources.operator("Op", "op", inputComponents));
    }

    private void assertOnlyError(TestCompilation compilation, String... fragments) {
        assertThat(compilation.onlyError().getMessage(null)).contains(fragments);
        assertThat(compilation.wroteDescriptor()).isFalse();
    }

    @Test
    void aThreadHasNoSchema() {
        assertOnlyError(compileInput("Thread worker"),
                "record acme.Op.Input, component `worker`: type java.lang.Thread has no JSON Schema",
                "not a record, an enum or a supported value type", JsonSchemaDeriver.ALLOWED_TYPES);
    }

    @Test
    void pointsAtTheRecordComponentInTheSource() {
        Diagnostic<? extends JavaFileObject> error = compileInput("String name, Thread worker").onlyError();

        assertThat(error.getSource().getName()).endsWith("Op.java");
        assertThat(error.getLineNumber()).isEqualTo(8);
        assertThat(error.getColumnNumber()).isEqualTo(45);
    }

    @Test
    void anUndescribableTypeInsideACollectionNamesBoth() {
        assertOnlyError(compileInput("List<java.io.InputStream> streams"),
                "component `streams`: type java.io.InputStream (in java.util.List<java.io.InputStream>) has no JSON Schema",
                "Allowed types:");
    }

    @Test
    void anInterfaceOtherThanTheCollectionsHasNoSchema() {
        assertOnlyError(compileInput("Runnable task"),
                "type java.lang.Runnable has no JSON Schema: it is an interface", "Allowed types:");
    }

    @Test
    void aMapNeedsStringKeys() {
        assertOnlyError(compileInput("Map<Integer, String> byId"),
                "component `byId`: type java.util.Map<java.lang.Integer,java.lang.String> has no JSON Schema",
                "use Map<String, V>");
    }

    @Test
    void aRawListIsAnError() {
        TestCompilation compilation = compileInput("@SuppressWarnings(\"rawtypes\") List items");
        assertOnlyError(compilation, "component `items`: type java.util.List has no JSON Schema: it is a raw type",
                "e.g. List<Object>");
    }

    @Test
    void aRecordCycleIsAnError() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Tree.java", Sources.acme("""
                @Operator(type = "tree")
                @Component
                public class Tree implements OperatorComponent<Tree.Node, Tree.Out> {
                    public record Node(String name, Branch branch) {}
                    public record Branch(List<Node> children) {}
                    public record Out(String text) {}
                    public Out execute(Node input, ExecutionContext context) { return null; }
                }
                """));

        assertOnlyError(compilation, "record acme.Tree.Branch, component `children` makes a record cycle Node -> Branch -> Node",
                "Break the cycle");
    }

    @Test
    void twoComponentsWithTheSamePropertyNameAreAnError() {
        assertOnlyError(compileInput("String userId, String user_id"),
                "components `userId` and `user_id` both become the JSON property \"user_id\"", "rename one");
    }

    @Test
    void aDefaultThatIsNotJsonIsAnError() {
        assertOnlyError(compileInput("@DefaultValue(\"hello\") String greeting"),
                "@DefaultValue(\"hello\") on record acme.Op.Input, component `greeting` (java.lang.String) is not valid JSON",
                "@DefaultValue(\"\\\"text\\\"\")", "strings need double quotes");
    }

    @Test
    void aStringDefaultForANumberIsAnError() {
        assertOnlyError(compileInput("@DefaultValue(\"\\\"0.7\\\"\") Double temperature"),
                "component `temperature` (java.lang.Double) does not fit its type: expected a number, got a string",
                "@DefaultValue(\"0.5\")");
    }

    @Test
    void aFractionForAnIntegerIsAnError() {
        assertOnlyError(compileInput("@DefaultValue(\"1.5\") int retries"),
                "expected a whole number, got the number 1.5", "@DefaultValue(\"0\")");
    }

    @Test
    void aNumberForABooleanIsAnError() {
        assertOnlyError(compileInput("@DefaultValue(\"1\") boolean verbose"),
                "expected true or false, got the number 1", "@DefaultValue(\"false\")");
    }

    @Test
    void anEnumDefaultMustBeOneOfTheConstants() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Op.java", Sources.acme("""
                @Operator(type = "op")
                @Component
                public class Op implements OperatorComponent<Op.Input, Op.Input> {
                    public enum Level { LOW, HIGH }
                    public record Input(@DefaultValue("\\"MEDIUM\\"") Level level) {}
                    public Input execute(Input input, ExecutionContext context) { return null; }
                }
                """));

        assertOnlyError(compilation, "\"MEDIUM\" is not one of the constants \"LOW\", \"HIGH\"",
                "@DefaultValue(\"\\\"LOW\\\"\")");
    }

    @Test
    void anObjectDefaultForAListIsAnError() {
        assertOnlyError(compileInput("@DefaultValue(\"{}\") List<String> names"),
                "expected an array, got an object", "@DefaultValue(\"[]\")");
    }

    @Test
    void aListDefaultWithAWrongItemIsAnError() {
        assertOnlyError(compileInput("@DefaultValue(\"[\\\"a\\\", 2]\") List<String> names"),
                "expected a string in double quotes at [1], got the number 2");
    }

    @Test
    void aRecordDefaultWithAnUnknownPropertyIsAnError() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Op.java", Sources.acme("""
                @Operator(type = "op")
                @Component
                public class Op implements OperatorComponent<Op.Input, Op.Input> {
                    public record Limits(int maxTokens) {}
                    public record Input(@DefaultValue("{\\"maxTokens\\": 5}") Limits limits) {}
                    public Input execute(Input input, ExecutionContext context) { return null; }
                }
                """));

        assertOnlyError(compilation, "unknown property \"maxTokens\"; known: [max_tokens]");
    }

    @Test
    void aNullDefaultForAPrimitiveIsAnError() {
        assertOnlyError(compileInput("@DefaultValue(\"null\") long count"),
                "is null, which a primitive cannot hold");
    }

    @Test
    void aNullDefaultForAReferenceIsFine() {
        TestCompilation compilation = compileInput("@DefaultValue(\"null\") String note");
        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.component("op").get("input_schema").get("properties").get("note").get("default").isNull())
                .isTrue();
    }

    @Test
    void anErrorInOneComponentKeepsTheWholeDescriptorUnwritten() {
        java.util.Map<String, String> sources = new java.util.LinkedHashMap<>();
        sources.put("acme/Good.java", Sources.operator("Good", "good", "String text"));
        sources.put("acme/Op.java", Sources.operator("Op", "op", "Thread worker"));
        TestCompilation compilation = TestCompilation.compile(out, sources);

        assertThat(compilation.errors()).hasSize(1);
        assertThat(compilation.wroteDescriptor()).isFalse();
    }
}
