package org.coltrain.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

/** The "Model" tab: model file, element and the kind to run it as, seed, output folder, generated or interpreted. */
public final class SimulationTab extends AbstractLaunchConfigurationTab {

    private Text model, element, seed, output;
    private Combo kind;
    private Button generated, interpreted;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        model = field(c, "&Model file:", "workspace path of the .coltrain file");
        Button browse = createPushButton(c, "&Browse...", null);
        browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> browse()));
        element = field(c, "&Element:", "experiment, mapping, serving block, cluster, study, explore or llm serving; empty: the model's only one");
        new Label(c, SWT.NONE);
        new Label(c, SWT.NONE).setText("Run &as:");
        kind = new Combo(c, SWT.READ_ONLY);
        kind.add("(the element's own kind)");
        for (var k : org.coltrain.bridge.run.RunKinds.ALL) kind.add(k.keyword());
        kind.select(0);
        kind.addModifyListener(e -> updateLaunchConfigurationDialog());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(kind);
        new Label(c, SWT.NONE);
        seed = field(c, "&Seed:", "empty: the element's seed");
        new Label(c, SWT.NONE);
        output = field(c, "&Output folder:", "project-relative; empty: out/<element> (a sweep: out/<element>-sweep)");
        new Label(c, SWT.NONE);
        new Label(c, SWT.NONE).setText("An experiment:");
        Composite modes = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(modes);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(modes);
        generated = new Button(modes, SWT.RADIO);
        generated.setText("&generated Java class (as coltrain run)");
        interpreted = new Button(modes, SWT.RADIO);
        interpreted.setText("&interpreted by the bridge (coltrain run --interpret)");
        generated.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> updateLaunchConfigurationDialog()));
        setControl(c);
    }

    private Text field(Composite c, String label, String hint) {
        new Label(c, SWT.NONE).setText(label);
        Text text = new Text(c, SWT.BORDER);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addModifyListener(e -> updateLaunchConfigurationDialog());
        return text;
    }

    private void browse() {
        FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
                ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        dialog.setTitle("ColTraIn model");
        dialog.setInitialPattern("*.coltrain");
        if (dialog.open() == FilteredResourcesSelectionDialog.OK && dialog.getFirstResult() instanceof IFile f)
            model.setText(f.getFullPath().toPortableString());
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy config) {
        config.setAttribute(LaunchAttributes.GENERATED, true);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration config) {
        try {
            model.setText(config.getAttribute(LaunchAttributes.MODEL, ""));
            element.setText(config.getAttribute(LaunchAttributes.ELEMENT, ""));
            int k = kind.indexOf(config.getAttribute(LaunchAttributes.KIND, ""));
            kind.select(Math.max(0, k));
            seed.setText(config.getAttribute(LaunchAttributes.SEED, ""));
            output.setText(config.getAttribute(LaunchAttributes.OUTPUT, ""));
            boolean gen = config.getAttribute(LaunchAttributes.GENERATED, true);
            generated.setSelection(gen);
            interpreted.setSelection(!gen);
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy config) {
        config.setAttribute(LaunchAttributes.MODEL, model.getText().strip());
        config.setAttribute(LaunchAttributes.ELEMENT, element.getText().strip());
        config.setAttribute(LaunchAttributes.KIND, kind.getSelectionIndex() <= 0 ? "" : kind.getText());
        config.setAttribute(LaunchAttributes.SEED, seed.getText().strip());
        config.setAttribute(LaunchAttributes.OUTPUT, output.getText().strip());
        config.setAttribute(LaunchAttributes.GENERATED, generated.getSelection());
    }

    @Override
    public boolean isValid(ILaunchConfiguration config) {
        setErrorMessage(null);
        if (model.getText().isBlank()) {
            setErrorMessage("Choose a .coltrain model file");
            return false;
        }
        if (!seed.getText().isBlank() && !seed.getText().strip().matches("-?\\d{1,18}")) {
            setErrorMessage("The seed must be a whole number (or empty for the element's seed)");
            return false;
        }
        return true;
    }

    @Override
    public String getName() {
        return "Model";
    }
}
