package io.flowmason.cli;

import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar's manifest. */
final class FmVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Fm.class.getPackage().getImplementationVersion();
        return new String[] {"fm " + (version == null ? "(development build)" : version)};
    }
}
