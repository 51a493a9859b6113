package io.flowmason.fmpkg.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Derives the JSON Schema of an {@code Input} or {@code Output} record from its type alone. Records
 * become closed object schemas inlined at each use; a type with no JSON form is reported as an error
 * on the record component that uses it (the result is then incomplete and must not be written).
 */
final class JsonSchemaDeriver {

    static final String ALLOWED_TYPES = "Allowed types: primitives and their wrappers, String, CharSequence, "
            + "BigInteger, BigDecimal, Number, enums, records, Instant, OffsetDateTime, ZonedDateTime, "
            + "LocalDateTime, LocalDate, LocalTime, OffsetTime, Duration, UUID, URI, URL, Object (any JSON value), "
            + "arrays, List/Collection/Iterable/Set of an allowed type, Map<String, allowed type>, "
            + "Optional of an allowed type, OptionalInt, OptionalLong, OptionalDouble.";

    private static final Set<String> OPTIONALS = Set.of(
            "java.util.Optional", "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble");

    /** Where a type occurs: a component of a record, for error messages. */
    private record Site(TypeElement record, RecordComponentElement component, TypeMirror componentType) {
    }

    private final Types types;
    private final Elements elements;
    private final Annotations annotations;
    private final Problems problems;
    private final DefaultValueReader defaults;
    private final Deque<TypeElement> recordsInProgress = new ArrayDeque<>();

    JsonSchemaDeriver(Types types, Elements elements, Problems problems) {
        this.types = types;
        this.elements = elements;
        this.annotations = new Annotations(elements);
        this.problems = problems;
        this.defaults = new DefaultValueReader(problems);
    }

    /** The schema of a record used as a component's input or output. */
    Map<String, Object> recordSchema(DeclaredType record) {
        recordsInProgress.clear();
        return objectSchema(record, null);
    }

    private Map<String, Object> schema(TypeMirror type, Site site) {
        switch (type.getKind()) {
            case BOOLEAN:
                return typed("boolean");
            case BYTE: case SHORT: case INT: case LONG:
                return typed("integer");
            case FLOAT: case DOUBLE:
                return typed("number");
            case CHAR:
                return typed("string");
            case ARRAY:
                TypeMirror itemType = ((ArrayType) type).getComponentType();
                if (itemType.getKind() == TypeKind.BYTE) {
                    Map<String, Object> bytes = typed("string");
                    bytes.put("contentEncoding", "base64");
                    return bytes;
                }
                return array(schema(itemType, site), false);
            case DECLARED:
                return declared((DeclaredType) type, site);
            case WILDCARD:
                return schema(withoutWildcard(type), site);
            case ERROR:
                throw new UnresolvedTypeException();
            case TYPEVAR:
                return undescribable(site, type, "it is a type variable; give the record a concrete type instead");
            default:
                return undescribable(site, type, "it has no JSON form");
        }
    }

    private Map<String, Object> declared(DeclaredType type, Site site) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        Map<String, Object> scalar = ScalarSchemas.of(name);
        if (scalar != null) {
            return scalar;
        }
        switch (name) {
            case "java.util.Optional":
                return schema(typeArgument(type, 0, site), site);
            case "java.util.List": case "java.util.Collection": case "java.lang.Iterable":
                return array(schema(typeArgument(type, 0, site), site), false);
            case "java.util.Set":
                return array(schema(typeArgument(type, 0, site), site), true);
            case "java.util.Map":
                return map(type, site);
            default:
                break;
        }
        if (element.getKind() == ElementKind.ENUM) {
            Map<String, Object> schema = typed("string");
            schema.put("enum", element.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(e -> e.getSimpleName().toString())
                    .collect(Collectors.toList()));
            return schema;
        }
        if (element.getKind() == ElementKind.RECORD) {
            return objectSchema(type, site);
        }
        String what = element.getKind() == ElementKind.INTERFACE
                ? "it is an interface, not one of the supported collections"
                : "it is not a record, an enum or a supported value type";
        return undescribable(site, type, what);
    }

    private Map<String, Object> map(DeclaredType type, Site site) {
        if (type.getTypeArguments().isEmpty()) {
            return undescribable(site, type, "it is a raw type; give its type arguments, e.g. Map<String, Object>");
        }
        TypeMirror key = withoutWildcard(type.getTypeArguments().get(0));
        TypeMirror value = withoutWildcard(type.getTypeArguments().get(1));
        if (key.getKind() == TypeKind.ERROR || value.getKind() == TypeKind.ERROR) {
            throw new UnresolvedTypeException();
        }
        if (!isNamed(key, "java.lang.String")) {
            return undescribable(site, type, "JSON object keys are strings; use Map<String, V>");
        }
        Map<String, Object> schema = typed("object");
        if (!isNamed(value, "java.lang.Object")) {
            schema.put("additionalProperties", schema(value, site));
        }
        return schema;
    }

    private Map<String, Object> objectSchema(DeclaredType type, Site site) {
        TypeElement record = (TypeElement) type.asElement();
        if (recordsInProgress.contains(record)) {
            return cycle(record, site);
        }
        recordsInProgress.push(record);
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        Map<String, String> javaNames = new LinkedHashMap<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            TypeMirror componentType = memberType(type, component);
            Site componentSite = new Site(record, component, componentType);
            String property = Names.snakeCase(component.getSimpleName().toString());
            String clash = javaNames.put(property, component.getSimpleName().toString());
            if (clash != null) {
                problems.error(component, "record " + record.getQualifiedName() + ": components `" + clash
                        + "` and `" + component.getSimpleName() + "` both become the JSON property \"" + property
                        + "\"; rename one of them");
            }
            properties.put(property, property(componentSite));
            if (componentType.getKind().isPrimitive()
                    || Annotations.has(component, ApiNames.REQUIRED) && !isOptional(componentType)) {
                required.add(property);
            }
        }
        recordsInProgress.pop();
        Map<String, Object> schema = typed("object");
        annotations.valueOf(record, ApiNames.DESCRIPTION).ifPresent(text -> schema.put("description", text));
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private Map<String, Object> property(Site site) {
        Map<String, Object> schema = schema(site.componentType(), site);
        annotations.valueOf(site.component(), ApiNames.DESCRIPTION).ifPresent(text -> schema.put("description", text));
        annotations.valueOf(site.component(), ApiNames.DEFAULT_VALUE).ifPresent(text -> defaults
                .read(text, schema, site.componentType(), site.record(), site.component())
                .ifPresent(parsed -> schema.put("default", parsed.value())));
        if (Annotations.has(site.component(), ApiNames.DEFERRED)) {
            schema.put(ApiNames.DEFERRED_KEYWORD, true);
        }
        return schema;
    }

    private Map<String, Object> cycle(TypeElement record, Site site) {
        List<String> path = new ArrayList<>();
        for (TypeElement r : recordsInProgress) {
            path.add(0, r.getSimpleName().toString());
            if (r.equals(record)) {
                break;
            }
        }
        path.add(record.getSimpleName().toString());
        problems.error(site.component(), "record " + site.record().getQualifiedName() + ", component `"
                + site.component().getSimpleName() + "` makes a record cycle " + String.join(" -> ", path)
                + ": schemas are inlined, so a record cannot contain itself, directly or through other records. "
                + "Break the cycle, e.g. by holding the nested value as Map<String, Object>.");
        return new LinkedHashMap<>();
    }

    private Map<String, Object> undescribable(Site site, TypeMirror type, String why) {
        String inner = site.componentType().equals(type) ? "" : " (in " + site.componentType() + ")";
        problems.error(site.component(), "record " + site.record().getQualifiedName() + ", component `"
                + site.component().getSimpleName() + "`: type " + type + inner + " has no JSON Schema: " + why
                + ". " + ALLOWED_TYPES);
        return new LinkedHashMap<>();
    }

    private TypeMirror typeArgument(DeclaredType type, int index, Site site) {
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        if (arguments.isEmpty()) {
            undescribable(site, type, "it is a raw type; give its type argument, e.g. "
                    + type.asElement().getSimpleName() + "<Object>");
            return elements.getTypeElement("java.lang.Object").asType();
        }
        return arguments.get(index);
    }

    private TypeMirror withoutWildcard(TypeMirror type) {
        if (type instanceof WildcardType wildcard) {
            TypeMirror bound = wildcard.getExtendsBound();
            return bound != null ? bound : elements.getTypeElement("java.lang.Object").asType();
        }
        return type;
    }

    /** The component's type as seen in {@code record}, with the record's type arguments applied. */
    private TypeMirror memberType(DeclaredType record, RecordComponentElement component) {
        if (component.getAccessor() != null
                && types.asMemberOf(record, component.getAccessor()) instanceof ExecutableType accessor) {
            return accessor.getReturnType();
        }
        return component.asType();
    }

    private boolean isOptional(TypeMirror type) {
        return type instanceof DeclaredType declared
                && OPTIONALS.contains(((TypeElement) declared.asElement()).getQualifiedName().toString());
    }

    private static boolean isNamed(TypeMirror type, String qualifiedName) {
        return type instanceof DeclaredType declared
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    private static Map<String, Object> array(Map<String, Object> items, boolean unique) {
        Map<String, Object> schema = typed("array");
        schema.put("items", items);
        if (unique) {
            schema.put("uniqueItems", true);
        }
        return schema;
    }

    static Map<String, Object> typed(String type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        return schema;
    }
}
