package io.flowmason.launcher.docs;

/**
 * One {@code sh} block of the docs.
 *
 * @param line           the line of its opening fence
 * @param run            false for a {@code sh norun} block, shown to readers but not run by the test
 * @param expectedStatus the status its last {@code curl} must answer ({@code # expect: 409}), or null for 2xx
 * @param response       what the docs show it prints, or null
 */
public record ShellExample(String file, int line, String script, boolean run, Integer expectedStatus,
        DocumentedResponse response) {

    /** {@code docs/api.md:42}, for messages. */
    public String where() {
        return file + ":" + line;
    }
}
