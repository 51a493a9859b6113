package io.flowmason.launcher;

import java.util.HashMap;
import java.util.Map;

/** The framework properties that turn {@link Settings} into a configured Felix instance. */
final class FrameworkProperties {

    /** Configuration Admin files shipped with the distribution, applied by FileInstall. */
    static final String CONFIG_DIR = "conf/osgi";

    private FrameworkProperties() {
    }

    static final int HTTP_THREADS = 32;
    static final int ACCEPT_QUEUE = 4096;

    static Map<String, String> of(Settings settings, String ownerKeyDigest, String version) {
        Map<String, String> p = new HashMap<>();
        p.put("org.osgi.framework.storage", settings.dataDir().resolve("framework").toString());
        p.put("org.osgi.framework.storage.clean", "onFirstInit");
        // sun.misc is needed by Jersey's and hk2's optional fast paths; it is not exported by default.
        p.put("org.osgi.framework.system.packages.extra", "sun.misc");

        p.put("org.osgi.service.http.port", Integer.toString(settings.httpPort()));
        p.put("org.apache.felix.http.host", settings.httpHost());
        p.put("org.apache.felix.http.jetty.sendServerHeader", "false");
        // Runs answer asynchronously and give their request thread back at once, so a few threads
        // serve many connections; Jetty's default of 200 only costs memory and context switches.
        p.put("org.apache.felix.http.jetty.threadpool.max", Integer.toString(HTTP_THREADS));
        // The JDK's default listen backlog (50) drops connections when many clients connect at
        // once; the kernel's own limit (net.core.somaxconn) still caps this.
        p.put("org.apache.felix.http.jetty.acceptQueueSize", Integer.toString(ACCEPT_QUEUE));

        // One watcher for the deploy folder, one for the configuration shipped in conf/osgi.
        p.put("felix.fileinstall.dir", settings.deployDir() + "," + settings.home().resolve(CONFIG_DIR));
        p.put("felix.fileinstall.poll", "100");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.bundles.new.start", "true");
        // Every file but hidden ones: the platform reports a file that is not a package instead of ignoring it.
        p.put("felix.fileinstall.filter", "[^.].*");
        p.put("felix.fileinstall.enableConfigSave", "false");
        p.put("felix.fileinstall.log.level", "2");

        p.put("felix.webconsole.username", settings.consoleUser().orElse("admin"));
        p.put("felix.webconsole.password", settings.consolePassword().orElse("admin"));

        p.put("flowmason.version", version);
        p.put("flowmason.environment", settings.environment().id());
        p.put("flowmason.admin.key.sha256", ownerKeyDigest);
        p.put("flowmason.home", settings.home().toString());
        p.put("flowmason.data.dir", settings.dataDir().toString());
        p.put("flowmason.deploy.dir", settings.deployDir().toString());
        p.put("flowmason.db.url", settings.dbUrl());
        p.put("flowmason.rate.limit.per.minute", Integer.toString(settings.rateLimitPerMinute()));
        p.put("flowmason.rate.limit.per.hour", Integer.toString(settings.rateLimitPerHour()));
        p.put("flowmason.env.allowlist", String.join(",", settings.envAllowList()));
        p.put("flowmason.max.body.bytes", Integer.toString(settings.maxBodyBytes()));
        p.put("flowmason.max.stage.output.bytes", Integer.toString(settings.limits().maxStageOutputBytes()));
        p.put("flowmason.max.result.bytes", Integer.toString(settings.limits().maxResultBytes()));
        p.put("flowmason.trace.value.bytes", Integer.toString(settings.limits().traceValueBytes()));
        p.put("flowmason.quarantine.after.abandoned", Integer.toString(settings.limits().quarantineAfter()));
        p.put("flowmason.run.retention.days", Integer.toString(settings.runRetentionDays()));
        return p;
    }
}
