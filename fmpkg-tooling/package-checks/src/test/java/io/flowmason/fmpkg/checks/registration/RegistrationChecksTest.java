package io.flowmason.fmpkg.checks.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.fmpkg.checks.Problem;
import io.flowmason.fmpkg.checks.TestJars;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrationChecksTest {

    private static final String OPERATOR = "io.flowmason.api.component.OperatorComponent";

    @TempDir
    Path dir;

    private List<Problem> check(Map<String, String> headers, Map<String, String> entries) throws IOException {
        try (JarFile jar = new JarFile(TestJars.write(dir.resolve("p.fmpkg"), headers, entries).toFile())) {
            return RegistrationChecks.check(jar);
        }
    }

    @Test
    void aPackageBuiltAsFmpkgBndBuildsItHasNothingToFix() throws IOException {
        assertThat(check(TestJars.packageHeaders(), TestJars.operatorEntries(OPERATOR, "word_count"))).isEmpty();
    }

    @Test
    void derivesTheBundleNameAsFmpkgBndDoes() {
        assertThat(RegistrationChecks.symbolicNameOf("acme-corp/text-tools")).isEqualTo("acme-corp.text-tools");
        assertThat(RegistrationChecks.symbolicNameOf("@flowmason/json-transform")).isEqualTo("flowmason.json-transform");
        assertThat(RegistrationChecks.symbolicNameOf("greeter")).isEqualTo("greeter");
    }

    @Test
    void aBundleNamedOtherwiseThanItsPackageIsAProblem() throws IOException {
        Map<String, String> headers = TestJars.packageHeaders();
        headers.put("Bundle-SymbolicName", "com.acme.text;singleton:=true");

        assertThat(check(headers, TestJars.operatorEntries(OPERATOR, "word_count"))).singleElement().satisfies(problem -> {
            assertThat(problem.detail()).contains("com.acme.text", "acme-corp.text-tools");
            assertThat(problem.fix()).contains("fmpkg.bnd");
        });
    }

    @Test
    void aDescribedClassThatIsNoDsComponentNeverRegisters() throws IOException {
        Map<String, String> headers = TestJars.packageHeaders();
        headers.remove("Service-Component");

        assertThat(check(headers, TestJars.operatorEntries(OPERATOR, "word_count"))).singleElement().satisfies(problem -> {
            assertThat(problem.detail()).contains("no Declarative Services component", "com.acme.text.WordCount");
            assertThat(problem.fix()).contains("@Component", "@Operator");
        });
    }

    @Test
    void theServiceMustBeTheKindsInterfaceAndCarryTheType() throws IOException {
        List<Problem> problems = check(TestJars.packageHeaders(), TestJars.operatorEntries("java.lang.Runnable", "wordcount"));

        assertThat(problems).extracting(Problem::detail).anySatisfy(detail -> assertThat(detail).contains("[java.lang.Runnable]"))
                .anySatisfy(detail -> assertThat(detail).contains("flowmason.component.type=wordcount instead of word_count"));
        assertThat(problems).extracting(Problem::fix).anySatisfy(fix -> assertThat(fix).contains("@Operator(type = \"word_count\")"));
    }

    @Test
    void aDescriptorTheRegistryCannotReadListsNoComponents() throws IOException {
        Map<String, String> entries = TestJars.operatorEntries(OPERATOR, "word_count");
        entries.put("OSGI-INF/flowmason/components.json", "{\"descriptor_version\": 2, \"components\": []}");

        assertThat(check(TestJars.packageHeaders(), entries)).singleElement()
                .satisfies(problem -> assertThat(problem.detail()).contains("cannot read", "descriptor_version 2 is not supported"));
    }

    @Test
    void schemasMustDescribeObjectsAndTheClassMustBeThere() throws IOException {
        Map<String, String> entries = TestJars.operatorEntries(OPERATOR, "word_count");
        entries.put("OSGI-INF/flowmason/components.json", """
                {"descriptor_version": 1, "components": [{"type": "word_count", "kind": "operator",
                 "class": "com.acme.text.Gone", "input_schema": {"type": "string"}}]}""");

        assertThat(check(TestJars.packageHeaders(), entries)).extracting(Problem::detail).containsExactly(
                "component word_count's input_schema does not describe a JSON object (type is \"string\")",
                "component word_count has no output_schema in the descriptor",
                "component word_count's class com.acme.text.Gone is not in the package");
    }

    @Test
    void aServiceComponentHeaderNamingAMissingFileIsAProblem() throws IOException {
        Map<String, String> headers = TestJars.packageHeaders();
        headers.put("Service-Component", "OSGI-INF/gone.xml");

        assertThat(check(headers, TestJars.operatorEntries(OPERATOR, "word_count"))).extracting(Problem::detail)
                .contains("Service-Component names OSGI-INF/gone.xml, which is not in the package");
    }
}
