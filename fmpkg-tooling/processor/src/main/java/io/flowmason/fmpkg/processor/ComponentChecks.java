package io.flowmason.fmpkg.processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one class against the rules for components: the annotation matches the interface, the class
 * is a public concrete DS component, its type is snake_case and unique, its Input and Output are
 * describable records. Each broken rule is an error on the class saying how to fix it.
 */
final class ComponentChecks {

    private final Elements elements;
    private final Types types;
    private final Annotations annotations;
    private final Problems problems;
    private final JsonSchemaDeriver schemas;
    /** Component type → qualified name of the class that declared it first, across rounds. */
    private final Map<String, String> typeOwners = new HashMap<>();

    ComponentChecks(ProcessingEnvironment env, Problems problems) {
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
        this.annotations = new Annotations(elements);
        this.problems = problems;
        this.schemas = new JsonSchemaDeriver(types, elements, problems);
    }

    /**
     * The description of {@code type} when it is a valid component; empty when it is no component or
     * an error was reported.
     *
     * @throws UnresolvedTypeException when a type it needs is not resolved yet
     */
    Optional<ComponentDescription> check(TypeElement type) {
        requireResolvedSupertypes(type.asType());
        Optional<AnnotationMirror> node = Annotations.find(type, ApiNames.NODE);
        Optional<AnnotationMirror> operator = Annotations.find(type, ApiNames.OPERATOR);
        boolean implementsNode = implementsInterface(type, ApiNames.NODE_COMPONENT);
        boolean implementsOperator = implementsInterface(type, ApiNames.OPERATOR_COMPONENT)
                || implementsInterface(type, ApiNames.ASYNC_OPERATOR_COMPONENT);
        if (node.isEmpty() && operator.isEmpty()) {
            checkUndeclared(type, implementsNode, implementsOperator);
            return Optional.empty();
        }
        if (node.isPresent() && operator.isPresent()) {
            problems.error(type, type.getQualifiedName() + " has both @Node and @Operator; keep @Node if it "
                    + "implements NodeComponent (it calls an LLM), @Operator if it implements OperatorComponent");
            return Optional.empty();
        }
        ComponentKind kind = node.isPresent() ? ComponentKind.NODE : ComponentKind.OPERATOR;
        AnnotationMirror annotation = node.orElseGet(operator::get);
        if (type.getKind() != ElementKind.CLASS) {
            problems.error(type, kind.annotationLabel + " belongs on a class; " + type.getQualifiedName() + " is "
                    + article(type.getKind()) + ". Move it to a class implementing " + kind.interfaceLabel);
            return Optional.empty();
        }
        int errorsBefore = problems.raised();
        checkInterface(type, kind, implementsNode, implementsOperator);
        checkClassShape(type, kind);
        String componentType = checkComponentType(type, kind, annotation);
        Optional<Io> io = implementsInterface(type, interfaceOf(type, kind)) && !(implementsNode && implementsOperator)
                ? inputAndOutput(type, kind) : Optional.empty();
        if (io.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> inputSchema = schemas.recordSchema(io.get().input());
        Map<String, Object> outputSchema = schemas.recordSchema(io.get().output());
        if (problems.raised() != errorsBefore) {
            return Optional.empty();
        }
        boolean isNode = kind == ComponentKind.NODE;
        return Optional.of(new ComponentDescription(type, componentType, kind, binaryName(type),
                annotations.string(annotation, "category", "custom"),
                annotations.string(annotation, "description", ""),
                isNode ? annotations.strings(annotation, "recommendedProviders") : List.of(),
                isNode ? annotations.strings(annotation, "requiredCapabilities") : List.of(),
                binaryName((TypeElement) io.get().input().asElement()),
                binaryName((TypeElement) io.get().output().asElement()),
                inputSchema, outputSchema));
    }

    private record Io(DeclaredType input, DeclaredType output) {
    }

    private void checkUndeclared(TypeElement type, boolean implementsNode, boolean implementsOperator) {
        boolean concrete = type.getKind().isClass() && !type.getModifiers().contains(Modifier.ABSTRACT);
        if (!concrete || !(implementsNode || implementsOperator)) {
            return;
        }
        ComponentKind kind = implementsNode ? ComponentKind.NODE : ComponentKind.OPERATOR;
        problems.error(type, type.getQualifiedName() + " implements " + kind.interfaceLabel + " but has no "
                + kind.annotationLabel + ", so the platform never learns its type and schemas; add "
                + kind.annotationLabel + "(type = \"" + Names.suggestComponentType(type.getSimpleName().toString())
                + "\") beside @Component, or make the class abstract if it is only a base class");
    }

    private void checkInterface(TypeElement type, ComponentKind kind, boolean implementsNode, boolean implementsOperator) {
        String name = type.getQualifiedName().toString();
        if (implementsNode && implementsOperator) {
            problems.error(type, name + " implements both NodeComponent and OperatorComponent; implement only "
                    + kind.interfaceLabel + " to match " + kind.annotationLabel);
        } else if (!implementsInterface(type, interfaceOf(type, kind))) {
            boolean implementsOther = kind == ComponentKind.NODE ? implementsOperator : implementsNode;
            problems.error(type, kind.annotationLabel + " class " + name + " must implement " + kind.interfaceLabel
                    + "<Input, Output>" + (implementsOther
                            ? "; it implements " + kind.other().interfaceLabel + ", so use "
                                    + kind.other().annotationLabel + " instead, or implement " + kind.interfaceLabel
                            : "; add implements " + kind.interfaceLabel + "<Input, Output> with two records"));
        }
    }

    private void checkClassShape(TypeElement type, ComponentKind kind) {
        String name = type.getQualifiedName().toString();
        if (!Annotations.has(type, ApiNames.DS_COMPONENT)) {
            problems.error(type, name + " has " + kind.annotationLabel + " but no @Component; add "
                    + "@org.osgi.service.component.annotations.Component so the class is registered as an OSGi "
                    + "service, which is how the platform finds components");
        }
        if (!type.getModifiers().contains(Modifier.PUBLIC)) {
            problems.error(type, name + " must be public so the component runtime can create it; add public");
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            problems.error(type, name + " is abstract, so it cannot be created; remove abstract, or move "
                    + kind.annotationLabel + " to a concrete subclass");
        }
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            problems.error(type, name + " is an inner class and needs an enclosing instance; make it static "
                    + "or a top-level class");
        }
    }

    private String checkComponentType(TypeElement type, ComponentKind kind, AnnotationMirror annotation) {
        AnnotationValue value = annotations.value(annotation, "type");
        String written = annotations.string(annotation, "type", "");
        if (!Names.isComponentType(written)) {
            problems.error(type, annotation, value, kind.annotationLabel + " type \"" + written + "\" of "
                    + type.getQualifiedName() + " is not snake_case ([a-z][a-z0-9_]*); write type = \""
                    + Names.suggestComponentType(written.isBlank() ? type.getSimpleName().toString() : written) + "\"");
            return written;
        }
        String owner = typeOwners.putIfAbsent(written, type.getQualifiedName().toString());
        if (owner != null && !owner.contentEquals(type.getQualifiedName())) {
            problems.error(type, annotation, value, "component type \"" + written + "\" of " + type.getQualifiedName()
                    + " is already used by " + owner + "; each component needs its own type, so rename one of them");
        }
        return written;
    }

    private Optional<Io> inputAndOutput(TypeElement type, ComponentKind kind) {
        DeclaredType supertype = findSupertype(type.asType(), elements.getTypeElement(interfaceOf(type, kind)));
        if (supertype == null) {
            return Optional.empty();
        }
        List<? extends TypeMirror> arguments = supertype.getTypeArguments();
        if (arguments.size() != 2) {
            problems.error(type, type.getQualifiedName() + " implements the raw type " + kind.interfaceLabel
                    + "; write " + kind.interfaceLabel + "<Input, Output> with its input and output records");
            return Optional.empty();
        }
        DeclaredType input = record(type, kind, arguments.get(0), "I (input)");
        DeclaredType output = record(type, kind, arguments.get(1), "O (output)");
        return input == null || output == null ? Optional.empty() : Optional.of(new Io(input, output));
    }

    private DeclaredType record(TypeElement type, ComponentKind kind, TypeMirror argument, String role) {
        if (argument.getKind() == TypeKind.ERROR) {
            throw new UnresolvedTypeException();
        }
        if (argument instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.RECORD) {
            return declared;
        }
        problems.error(type, type.getQualifiedName() + " implements " + kind.interfaceLabel + " with " + role
                + " = " + argument + ", which is not a concrete record type; its schema is derived from a record's "
                + "components, so declare a record (e.g. public record Input(...)) and use it as the type argument");
        return null;
    }

    /** The interface a component of this kind implements: an operator may be synchronous or asynchronous. */
    private String interfaceOf(TypeElement type, ComponentKind kind) {
        if (kind == ComponentKind.OPERATOR && implementsInterface(type, ApiNames.ASYNC_OPERATOR_COMPONENT)) {
            return ApiNames.ASYNC_OPERATOR_COMPONENT;
        }
        return kind.interfaceName;
    }

    private boolean implementsInterface(TypeElement type, String interfaceName) {
        TypeElement target = elements.getTypeElement(interfaceName);
        return target != null && types.isSubtype(types.erasure(type.asType()), types.erasure(target.asType()));
    }

    /** Whether the class implements an interface can only be told once its whole hierarchy is resolved. */
    private void requireResolvedSupertypes(TypeMirror type) {
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (supertype.getKind() == TypeKind.ERROR) {
                throw new UnresolvedTypeException();
            }
            requireResolvedSupertypes(supertype);
        }
    }

    private DeclaredType findSupertype(TypeMirror type, TypeElement target) {
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (supertype instanceof DeclaredType declared && declared.asElement().equals(target)) {
                return declared;
            }
            DeclaredType found = findSupertype(supertype, target);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String binaryName(TypeElement type) {
        return elements.getBinaryName(type).toString();
    }

    private static String article(ElementKind kind) {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
