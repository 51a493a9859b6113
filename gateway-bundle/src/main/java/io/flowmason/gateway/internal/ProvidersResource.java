package io.flowmason.gateway.internal;

import io.flowmason.api.provider.LlmProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/providers}: the LLM providers deployed on the instance, each with its
 * capabilities and whether it can take calls now, or why not (no API key, say).
 */
@Component(service = ProvidersResource.class)
@JakartarsResource
@JakartarsName("flowmason.providers")
@JSONRequired
@Path("api/providers")
@Produces(MediaType.APPLICATION_JSON)
public class ProvidersResource {

    private final List<LlmProvider> providers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(LlmProvider provider) {
        providers.add(provider);
    }

    void removeProvider(LlmProvider provider) {
        providers.remove(provider);
    }

    @GET
    public Map<String, List<Map<String, Object>>> list() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (LlmProvider provider : providers) {
            Optional<String> reason = provider.unavailableReason();
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("name", provider.name());
            view.put("capabilities", new TreeSet<>(provider.capabilities()));
            view.put("available", reason.isEmpty());
            view.put("reason", reason.orElse(null));
            list.add(view);
        }
        list.sort(Comparator.comparing(v -> String.valueOf(v.get("name"))));
        return Map.of("providers", list);
    }
}
