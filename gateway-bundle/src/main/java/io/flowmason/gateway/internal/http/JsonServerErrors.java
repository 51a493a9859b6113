package io.flowmason.gateway.internal.http;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes {@link JsonErrorHandler} the error handler of the Jetty server that Felix HTTP runs, so that
 * what Jetty refuses before the REST layer (a bad URI, headers too large, a bad Host header) is
 * answered in the API's JSON error shape instead of Jetty's HTML page. The servlet context has no
 * error handler of its own, so errors raised inside it reach the same handler.
 * <p>
 * Felix HTTP has no setting for the error handler and does not publish its Jetty {@link Server}.
 * As a whiteboard context listener this component is told when the servlet context starts (after
 * Jetty has started, and again after a restart); the servlet context Felix hands over wraps Jetty's
 * own, from which the server is found. The wrappers are Felix's private classes, so they are looked
 * through by the type of their fields, not by name; if that ever finds nothing, a warning says so and
 * Jetty's HTML error pages stay. On deactivation the previous handler is put back.
 */
@Component(service = ServletContextListener.class, property = "osgi.http.whiteboard.listener=true")
public class JsonServerErrors implements ServletContextListener {

    private static final Logger LOG = LoggerFactory.getLogger(JsonServerErrors.class);
    private static final int MAX_WRAPPERS = 6;

    private final JsonErrorHandler handler = new JsonErrorHandler();
    private Server server;
    private Request.Handler previous;

    @Override
    public synchronized void contextInitialized(ServletContextEvent event) {
        ServletContextHandler jetty = jettyContext(event.getServletContext(), 0);
        if (jetty == null || jetty.getServer() == null) {
            LOG.warn("The Jetty server behind the servlet context was not found: errors Jetty raises itself (bad URI,"
                    + " headers too large) keep Jetty's HTML pages instead of the JSON error shape.");
            return;
        }
        restore();
        server = jetty.getServer();
        previous = server.getErrorHandler();
        server.setErrorHandler(handler);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        restore();
    }

    @Deactivate
    synchronized void restore() {
        if (server != null && server.getErrorHandler() == handler) {
            server.setErrorHandler(previous);
        }
        server = null;
        previous = null;
    }

    private static ServletContextHandler jettyContext(ServletContext context, int depth) {
        if (context instanceof ServletContextHandler.ServletContextApi) {
            return ServletContextHandler.getServletContextHandler(context);
        }
        if (context == null || depth >= MAX_WRAPPERS) {
            return null;
        }
        for (Class<?> type = context.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && ServletContext.class.isAssignableFrom(field.getType())) {
                    ServletContextHandler found = jettyContext(wrapped(field, context), depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static ServletContext wrapped(Field field, ServletContext wrapper) {
        try {
            field.setAccessible(true);
            return (ServletContext) field.get(wrapper);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
