package io.flowmason.cli.local;

import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import io.flowmason.fmpkg.checks.UploadChecks;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.osgi.framework.Version;

/**
 * What fm init writes a project for, from the package name and what the options change:
 * {@code acme-corp/text-tools} gives the folder and artifact {@code text-tools}, the Java package
 * {@code com.acmecorp.texttools}, the operator type {@code text_tools} and its class {@code TextTools}.
 */
record NewProject(String packageName, String baseName, String groupId, String javaPackage, String type, String className,
        String category, String version) {

    static final Pattern COMPONENT_TYPE = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * @param javaPackage null to derive it from the package name
     * @param type        null to derive it from the package name
     * @throws CliFailure (usage) naming what is wrong with a value and what would do
     */
    static NewProject of(String packageName, String javaPackage, String type, String version) {
        if (!UploadChecks.PACKAGE_NAME.matcher(packageName).matches()) {
            throw usage("'" + packageName + "' is not a package name: use lower-case letters, digits, '.', '_' or '-',"
                    + " optionally after a scope, such as acme-corp/text-tools or @acme/text-tools");
        }
        int slash = packageName.indexOf('/');
        String scope = slash < 0 ? null : packageName.substring(packageName.startsWith("@") ? 1 : 0, slash);
        String baseName = packageName.substring(slash + 1);
        String pkg = javaPackage != null ? javaPackage : "com." + identifier(scope == null ? "example" : scope) + "." + identifier(baseName);
        if (!SourceVersion.isName(pkg) || !pkg.equals(pkg.toLowerCase(Locale.ROOT))) {
            throw usage("'" + pkg + "' is not a Java package name: use lower-case identifiers separated by dots, such as"
                    + " com.acme.texttools");
        }
        String componentType = type != null ? type : baseName.replaceAll("[^a-z0-9]+", "_").replaceAll("^([0-9])", "c_$1");
        if (!COMPONENT_TYPE.matcher(componentType).matches()) {
            throw usage("'" + componentType + "' is not a component type: use snake_case (lower-case letters, digits and '_',"
                    + " starting with a letter), such as text_stats");
        }
        try {
            Version.parseVersion(version);
        } catch (IllegalArgumentException e) {
            throw usage("'" + version + "' is not a version: write major.minor.micro, such as 1.0.0");
        }
        String groupId = pkg.contains(".") ? pkg.substring(0, pkg.lastIndexOf('.')) : pkg;
        return new NewProject(packageName, baseName, groupId, pkg, componentType, className(componentType),
                scope == null ? "custom" : scope, version);
    }

    /** The values the templates fill in. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("packageName", packageName);
        values.put("fileName", baseName);
        values.put("artifactId", baseName);
        values.put("groupId", groupId);
        values.put("javaPackage", javaPackage);
        values.put("type", type);
        values.put("className", className);
        values.put("category", category);
        values.put("version", version);
        return values;
    }

    String packagePath() {
        return javaPackage.replace('.', '/');
    }

    private static String identifier(String name) {
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return Character.isDigit(letters.charAt(0)) || SourceVersion.isKeyword(letters) ? "p" + letters : letters;
    }

    private static String className(String type) {
        return Arrays.stream(type.split("_")).filter(part -> !part.isEmpty())
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1)).collect(Collectors.joining());
    }

    private static CliFailure usage(String message) {
        return new CliFailure(ExitCodes.USAGE, message);
    }
}
