package io.flowmason.executor.internal.weaving;

import io.flowmason.api.component.ComponentNamespace;
import io.flowmason.fmpkg.checks.ForbiddenCalls;
import org.osgi.framework.hooks.weaving.WeavingException;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.framework.hooks.weaving.WovenClass;
import org.osgi.service.component.annotations.Component;

/**
 * Rewrites, in every class a package bundle (one with a {@code FlowMason-Package} header) loads,
 * the calls to {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} into calls that
 * throw {@link io.flowmason.api.component.ForbiddenCallError}, so that a package fails its stage
 * instead of ending the instance. The platform's own bundles and third-party bundles are not
 * touched, nor is any class whose constant pool names none of those methods: its bytes go to the
 * framework as they came.
 *
 * <p>It must be registered before any package bundle loads a class: the launcher starts the
 * executor before every other platform bundle (BundleStartOrder), and SCR registers the services of
 * a bundle's components while that bundle starts, so the hook is in place before the gateway
 * installs the core and stored packages or FileInstall the deploy folder's.
 */
@Component(service = WeavingHook.class, immediate = true)
public final class ForbiddenCallWeaver implements WeavingHook {

    /** Woven code calls ForbiddenCallError, which a package need not import itself. */
    static final String DYNAMIC_IMPORT = ForbiddenCallRewriter.ERROR_PACKAGE + ";version=\"[1.1,2)\"";

    @Override
    public void weave(WovenClass woven) {
        if (woven.getBundleWiring().getBundle().getHeaders("").get(ComponentNamespace.PACKAGE_HEADER) == null) {
            return;
        }
        byte[] original = woven.getBytes();
        if (!ForbiddenCalls.mayCall(original)) {
            return;
        }
        byte[] rewritten;
        try {
            rewritten = ForbiddenCallRewriter.rewrite(original);
        } catch (RuntimeException e) {
            // not loading the class is safer than loading it with a call that ends the instance
            throw new WeavingException("FlowMason could not check " + woven.getClassName() + " for System.exit and"
                    + " Runtime.exit/halt calls: " + e, e);
        }
        if (rewritten != null) {
            woven.setBytes(rewritten);
            woven.getDynamicImports().add(DYNAMIC_IMPORT);
        }
    }
}
