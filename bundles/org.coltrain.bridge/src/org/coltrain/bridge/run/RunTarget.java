package org.coltrain.bridge.run;

import org.coltrain.model.Element;

/** An element and the kind it is run as (an experiment runs as itself or, with sweep entries, as its sweep). */
public record RunTarget(RunKind kind, Element element) {

    /** "mapping ResNet20OnDiana", as lists and messages show it. */
    public String label() {
        return kind.keyword() + " " + element.getName();
    }

    public String defaultFolder() {
        return kind.defaultFolder(element);
    }
}
