package io.flowmason.fmpkg.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.api.component.ComponentNamespace;
import io.flowmason.api.component.DefaultValue;
import io.flowmason.api.component.Description;
import io.flowmason.api.component.Node;
import io.flowmason.api.component.NodeComponent;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.osgi.annotation.bundle.Export;
import org.osgi.service.component.annotations.Component;

class ProcessorSetupTest {

    @Test
    void isRegisteredAsAnAnnotationProcessorService() {
        assertThat(ServiceLoader.load(Processor.class).stream().map(ServiceLoader.Provider::type))
                .contains(ComponentProcessor.class);
    }

    @Test
    void listsItsAnnotationsAndSupportsTheLatestSourceVersion() {
        ComponentProcessor processor = new ComponentProcessor();
        assertThat(processor.getSupportedAnnotationTypes()).containsExactlyInAnyOrder(
                Node.class.getName(), Operator.class.getName(), Export.class.getName(), Component.class.getName());
        assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
    }

    @Test
    void namesTheApiTypesItLooksFor() {
        assertThat(ApiNames.NODE).isEqualTo(Node.class.getName());
        assertThat(ApiNames.OPERATOR).isEqualTo(Operator.class.getName());
        assertThat(ApiNames.NODE_COMPONENT).isEqualTo(NodeComponent.class.getName());
        assertThat(ApiNames.DEFERRED).isEqualTo(io.flowmason.api.component.Deferred.class.getName());
        assertThat(ApiNames.DEFERRED_KEYWORD).isEqualTo(io.flowmason.api.component.Deferred.SCHEMA_KEYWORD);
        assertThat(ApiNames.OPERATOR_COMPONENT).isEqualTo(OperatorComponent.class.getName());
        assertThat(ApiNames.ASYNC_OPERATOR_COMPONENT).isEqualTo(io.flowmason.api.component.AsyncOperatorComponent.class.getName());
        assertThat(ApiNames.DESCRIPTION).isEqualTo(Description.class.getName());
        assertThat(ApiNames.REQUIRED).isEqualTo(Required.class.getName());
        assertThat(ApiNames.DEFAULT_VALUE).isEqualTo(DefaultValue.class.getName());
        assertThat(ApiNames.DS_COMPONENT).isEqualTo(Component.class.getName());
        assertThat(ApiNames.EXPORT).isEqualTo(Export.class.getName());
        assertThat(ApiNames.DESCRIPTOR_PATH).isEqualTo(ComponentNamespace.DESCRIPTOR_PATH);
    }
}
