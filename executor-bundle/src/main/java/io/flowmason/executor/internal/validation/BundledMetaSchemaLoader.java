package io.flowmason.executor.internal.validation;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;

/**
 * Serves the JSON Schema meta-schemas from the validator library's own jar and refuses every other
 * document, so a schema never makes the instance fetch anything (no remote {@code $ref}). The
 * library's class loader is used on purpose: the thread's context class loader, which the library
 * would try first, is arbitrary inside OSGi.
 */
final class BundledMetaSchemaLoader implements SchemaLoader {

    /** Where the library maps {@code http(s)://json-schema.org/draft...} to. */
    private static final String META_SCHEMAS = "classpath:draft";

    private final ClasspathSchemaLoader library = new ClasspathSchemaLoader(ClasspathSchemaLoader.class::getClassLoader);

    @Override
    public InputStreamSource getSchema(AbsoluteIri iri) {
        if (iri != null && iri.toString().startsWith(META_SCHEMAS)) {
            return library.getSchema(iri);
        }
        throw new InvalidSchemaException(ValidationMessage.builder()
                .message("{1} cannot be loaded: schemas may only refer to their own parts (\"$ref\": \"#/$defs/...\")")
                .arguments(iri).build());
    }
}
