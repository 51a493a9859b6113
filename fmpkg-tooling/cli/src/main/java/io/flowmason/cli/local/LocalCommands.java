package io.flowmason.cli.local;

import picocli.CommandLine;

/** The commands that work on a package on this machine: init, package, validate, test. */
public final class LocalCommands {

    private LocalCommands() {
    }

    public static void register(CommandLine fm) {
        // bnd (fm package) and the runtime's bundles (fm test) log through slf4j-simple: only errors, on stderr
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "error");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        fm.addSubcommand(new InitCommand());
        fm.addSubcommand(new PackageCommand());
        fm.addSubcommand(new ValidateCommand());
        fm.addSubcommand(new TestCommand());
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
