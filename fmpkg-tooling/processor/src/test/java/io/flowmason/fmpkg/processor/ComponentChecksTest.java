package io.flowmason.fmpkg.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentChecksTest {

    @TempDir
    Path out;

    private TestCompilation compile(String className, String body) {
        return TestCompilation.compile(out, "acme/" + className + ".java", Sources.acme(body));
    }

    private static void assertOnlyError(TestCompilation compilation, String... fragments) {
        Diagnostic<? extends JavaFileObject> error = compilation.onlyError();
        assertThat(error.getMessage(null)).contains(fragments);
        assertThat(compilation.wroteDescriptor()).isFalse();
    }

    @Test
    void aComponentClassWithoutItsAnnotationIsAnError() {
        TestCompilation compilation = compile("TicketRouter", """
                @Component
                public class TicketRouter implements OperatorComponent<TicketRouter.In, TicketRouter.Out> {
                    public record In(String text) {}
                    public record Out(String text) {}
                    public Out execute(In input, ExecutionContext context) { return null; }
                }
                """);

        assertOnlyError(compilation, "acme.TicketRouter implements OperatorComponent but has no @Operator",
                "add @Operator(type = \"ticket_router\")");
    }

    @Test
    void aNestedNodeClassWithoutItsAnnotationIsFoundBesideAValidComponent() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("acme/Valid.java", Sources.operator("Valid", "valid", "String text"));
        sources.put("acme/Outer.java", Sources.acme("""
                public class Outer {
                    public static class Inner {
                        public static class SummarizeText implements NodeComponent<Outer.In, Outer.In> {
                            public java.util.concurrent.CompletionStage<In> execute(In input, ExecutionContext context) { return null; }
                        }
                    }
                    public record In(String text) {}
                }
                """));
        TestCompilation compilation = TestCompilation.compile(out, sources);

        assertOnlyError(compilation, "acme.Outer.Inner.SummarizeText implements NodeComponent but has no @Node",
                "add @Node(type = \"summarize_text\")");
    }

    @Test
    void abstractBaseClassesAndInterfacesNeedNoAnnotation() {
        TestCompilation compilation = compile("Bases", """
                public abstract class Bases<I extends Record, O extends Record> implements OperatorComponent<I, O> {
                    public interface Marker<I extends Record, O extends Record> extends NodeComponent<I, O> {}
                }
                """);

        assertThat(compilation.problems()).isEmpty();
    }

    @Test
    void aNodeMustImplementNodeComponent() {
        TestCompilation compilation = compile("Wrong", """
                @Node(type = "wrong")
                @Component
                public class Wrong implements OperatorComponent<Wrong.In, Wrong.Out> {
                    public record In(String text) {}
                    public record Out(String text) {}
                    public Out execute(In input, ExecutionContext context) { return null; }
                }
                """);

        assertOnlyError(compilation, "@Node class acme.Wrong must implement NodeComponent<Input, Output>",
                "it implements OperatorComponent, so use @Operator instead");
    }

    @Test
    void anOperatorWithoutAnyComponentInterfaceIsTold() {
        TestCompilation compilation = compile("Nothing", """
                @Operator(type = "nothing")
                @Component
                public class Nothing {}
                """);

        assertOnlyError(compilation, "@Operator class acme.Nothing must implement OperatorComponent<Input, Output>",
                "add implements OperatorComponent<Input, Output>");
    }

    @Test
    void bothAnnotationsOnOneClassAreAnError() {
        TestCompilation compilation = compile("Both", """
                @Node(type = "both")
                @Operator(type = "both")
                @Component
                public class Both implements NodeComponent<Both.In, Both.In> {
                    public record In(String text) {}
                    public java.util.concurrent.CompletionStage<In> execute(In input, ExecutionContext context) { return null; }
                }
                """);

        assertOnlyError(compilation, "acme.Both has both @Node and @Operator", "keep @Node if it implements NodeComponent");
    }

    @Test
    void aComponentNeedsTheDsComponentAnnotation() {
        TestCompilation compilation = compile("NoDs", """
                @Operator(type = "no_ds")
                public class NoDs implements OperatorComponent<NoDs.In, NoDs.In> {
                    public record In(String text) {}
                    public java.util.concurrent.CompletionStage<In> execute(In input, ExecutionContext context) { return null; }
                }
                """);

        assertOnlyError(compilation, "acme.NoDs has @Operator but no @Component",
                "add @org.osgi.service.component.annotations.Component");
    }

    @Test
    void aComponentMustBePublic() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Hidden.java", Sources.acme("""
                @Operator(type = "hidden")
                @Component
                class Hidden implements OperatorComponent<Hidden.In, Hidden.In> {
                    public record In(String text) {}
                    public java.util.concurrent.CompletionStage<In> execute(In input, ExecutionContext context) { return null; }
                }
                """));

        assertOnlyError(compilation, "acme.Hidden must be public", "add public");
    }

    @Test
    void aComponentMustNotBeAbstract() {
        TestCompilation compilation = compile("Unfinished", """
                @Operator(type = "unfinished")
                @Component
                public abstract class Unfinished implements OperatorComponent<Unfinished.In, Unfinished.In> {
                    public record In(String text) {}
                }
                """);

        assertOnlyError(compilation, "acme.Unfinished is abstract", "remove abstract");
    }

    @Test
    void aNestedComponentMustBeStatic() {
        TestCompilation compilation = compile("Holder", """
                public class Holder {
                    public record In(String text) {}
                    @Operator(type = "inner")
                    @Component
                    public class Inner implements OperatorComponent<In, In> {
                        public java.util.concurrent.CompletionStage<In> execute(In input, ExecutionContext context) { return null; }
                    }
                }
                """);

        assertOnlyError(compilation, "acme.Holder.Inner is an inner class", "make it static or a top-level class");
    }

    @Test
    void aCamelCaseTypeGetsItsSnakeCaseSuggested() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Camel.java",
                Sources.operator("Camel", "SupportClassifier", "String text"));

        assertOnlyError(compilation, "@Operator type \"SupportClassifier\" of acme.Camel is not snake_case",
                "write type = \"support_classifier\"");
    }

    @Test
    void aKebabCaseTypeGetsItsSnakeCaseSuggested() {
        TestCompilation compilation = TestCompilation.compile(out, "acme/Kebab.java",
                Sources.operator("Kebab", "support-classifier", "String text"));

        assertOnlyError(compilation, "type \"support-classifier\"", "write type = \"support_classifier\"");
    }

    @Test
    void aDuplicateTypeIsReportedOnTheSecondComponent() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("acme/First.java", Sources.operator("First", "same_type", "String text"));
        sources.put("acme/Second.java", Sources.operator("Second", "same_type", "String text"));
        TestCompilation compilation = TestCompilation.compile(out, sources);

        Diagnostic<? extends JavaFileObject> error = compilation.onlyError();
        assertThat(error.getMessage(null)).contains(
                "component type \"same_type\" of acme.Second is already used by acme.First", "rename one of them");
        assertThat(error.getSource().getName()).endsWith("Second.java");
        assertThat(compilation.wroteDescriptor()).isFalse();
    }

    @Test
    void theInputMustBeAConcreteRecordNotATypeVariable() {
        TestCompilation compilation = compile("Generic", """
                @Operator(type = "generic")
                @Component
                public class Generic<T extends Record> implements OperatorComponent<T, Generic.Out> {
                    public record Out(String text) {}
                    public Out execute(T input, ExecutionContext context) { return null; }
                }
                """);

        assertOnlyError(compilation, "acme.Generic implements OperatorComponent with I (input) = T",
                "not a concrete record type", "declare a record");
    }

    @Test
    void aRawComponentInterfaceIsAnError() {
        TestCompilation compilation = compile("Raw", """
                @SuppressWarnings("rawtypes")
                @Operator(type = "raw")
                @Component
                public class Raw implements OperatorComponent {
                    public Record execute(Record input, ExecutionContext context) { return null; }
                }
                """);

        assertOnlyError(compilation, "acme.Raw implements the raw type OperatorComponent",
                "write OperatorComponent<Input, Output>");
    }

    @Test
    void anExportedPackageIsAnError() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("acme/Valid.java", Sources.operator("Valid", "valid", "String text"));
        sources.put("acme/package-info.java", """
                @org.osgi.annotation.bundle.Export
                package acme;
                """);
        TestCompilation compilation = TestCompilation.compile(out, sources);

        assertOnlyError(compilation, "a .fmpkg keeps its code private; remove @Export from package acme "
                + "(components are found as services, not imported)");
    }

    @Test
    void anUnexportedPackageInfoIsFine() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("acme/Valid.java", Sources.operator("Valid", "valid", "String text"));
        sources.put("acme/package-info.java", """
                @org.osgi.annotation.versioning.Version("1.0.0")
                package acme;
                """);
        TestCompilation compilation = TestCompilation.compile(out, sources);

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.wroteDescriptor()).isTrue();
    }
}
