package io.flowmason.fmpkg.checks;

/**
 * One thing wrong with a package file.
 *
 * @param detail what the instance says about it (an upload's {@code details} entry)
 * @param fix    what to change in the package or its build so that the problem goes away
 */
public record Problem(String detail, String fix) {
}
