package io.flowmason.fmpkg.processor;

/** The two kinds of component: the annotation that declares each and the interface it implements. */
enum ComponentKind {
    NODE("node", "@Node", ApiNames.NODE, "NodeComponent", ApiNames.NODE_COMPONENT),
    OPERATOR("operator", "@Operator", ApiNames.OPERATOR, "OperatorComponent", ApiNames.OPERATOR_COMPONENT);

    final String jsonName;
    final String annotationLabel;
    final String annotationName;
    final String interfaceLabel;
    final String interfaceName;

    ComponentKind(String jsonName, String annotationLabel, String annotationName,
            String interfaceLabel, String interfaceName) {
        this.jsonName = jsonName;
        this.annotationLabel = annotationLabel;
        this.annotationName = annotationName;
        this.interfaceLabel = interfaceLabel;
        this.interfaceName = interfaceName;
    }

    ComponentKind other() {
        return this == NODE ? OPERATOR : NODE;
    }
}
