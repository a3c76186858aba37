package org.coltrain.ui.results;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** A result object's attributes and references in the Properties view, read-only and reflective. */
public final class EObjectPropertySource implements IPropertySource {

    private final EObject object;

    EObjectPropertySource(EObject object) {
        this.object = object;
    }

    /** Registered in plugin.xml for EObject. */
    public static final class Factory implements IAdapterFactory {
        @Override
        public <T> T getAdapter(Object adaptable, Class<T> type) {
            return adaptable instanceof EObject o && type == IPropertySource.class ? type.cast(new EObjectPropertySource(o)) : null;
        }

        @Override
        public Class<?>[] getAdapterList() {
            return new Class<?>[] { IPropertySource.class };
        }
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return object.eClass().getEAllStructuralFeatures().stream()
                .map(f -> {
                    PropertyDescriptor d = new PropertyDescriptor(f, f.getName());
                    d.setCategory(f instanceof org.eclipse.emf.ecore.EAttribute ? "attributes" : "references");
                    return (IPropertyDescriptor) d;
                }).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        Object value = object.eGet((EStructuralFeature) id);
        if (value instanceof EObject o) return ResultsModelEditor.label(o);
        if (value instanceof java.util.List<?> list) return list.size() + " item(s)";
        return value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
    }
}
