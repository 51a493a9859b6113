package io.flowmason.fmpkg.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The annotation processor a {@code .fmpkg} is compiled with. It checks every {@code @Node} and
 * {@code @Operator} component (and classes that implement a component interface without one), rejects
 * exported packages, and, when all is well, writes {@code OSGI-INF/flowmason/components.json} with
 * each component's metadata and the JSON Schemas of its input and output records.
 *
 * <p>It needs nothing but the JDK at run time: it reads the API's annotations and types by name
 * through the {@code javax.lang.model} mirrors. Components found in several rounds are collected
 * and the descriptor is written once, in the last round.
 */
public final class ComponentProcessor extends AbstractProcessor {

    private Problems problems;
    private ComponentChecks checks;
    /** Valid components by qualified class name, across rounds. */
    private final Map<String, ComponentDescription> components = new LinkedHashMap<>();
    /** Classes that referred to types not yet generated; looked at again next round. */
    private final Set<String> deferred = new LinkedHashSet<>();

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        problems = new Problems(processingEnv.getMessager());
        checks = new ComponentChecks(processingEnv, problems);
    }

    /**
     * {@code @Component} is listed too: javac calls a processor only for annotations it supports, and a
     * DS component whose {@code @Operator} was forgotten carries nothing else to be caught by.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ApiNames.NODE, ApiNames.OPERATOR, ApiNames.EXPORT, ApiNames.DS_COMPONENT);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            writeDescriptor(round);
            return false;
        }
        List<TypeElement> types = new ArrayList<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        deferred.clear();
        for (Element root : round.getRootElements()) {
            if (root instanceof PackageElement pkg) {
                checkNotExported(pkg);
            } else if (root instanceof TypeElement type) {
                collectTypes(type, types);
            }
        }
        for (TypeElement type : types) {
            try {
                checks.check(type).ifPresent(c -> components.put(type.getQualifiedName().toString(), c));
            } catch (UnresolvedTypeException e) {
                deferred.add(type.getQualifiedName().toString());
            }
        }
        // Claim nothing: bnd and other processors may read @Component and @Export too.
        return false;
    }

    private void writeDescriptor(RoundEnvironment round) {
        if (components.isEmpty() || problems.any() || round.errorRaised()) {
            return;
        }
        try {
            DescriptorWriter.write(processingEnv.getFiler(), components.values());
        } catch (IOException e) {
            problems.error(null, "cannot write " + ApiNames.DESCRIPTOR_PATH + ": " + e.getMessage());
        }
    }

    private void checkNotExported(PackageElement pkg) {
        Annotations.find(pkg, ApiNames.EXPORT).ifPresent(export -> problems.error(pkg, export, null,
                "a .fmpkg keeps its code private; remove @Export from package " + pkg.getQualifiedName()
                        + " (components are found as services, not imported)"));
    }

    private static void collectTypes(TypeElement type, List<TypeElement> into) {
        into.add(type);
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof TypeElement nested) {
                collectTypes(nested, into);
            }
        }
    }
}
