package org.coltrain.ui.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coltrain.ui.ColtrainUi;
import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The latest run: its summary (from results.json) above its diagrams and plots (every SVG the run and its report
 * wrote under the output folder, rendered by SWT). Opens when a simulation finishes.
 */
public final class ResultsView extends ViewPart {

    public static final String ID = "org.coltrain.ui.results";

    private Label title;
    private Text summary;
    private ScrolledComposite scroller;
    private Composite diagrams;
    private final List<Image> images = new ArrayList<>();
    private IFolder shown;

    /** Shows {@code output} in the Results view, opening the view (UI thread). */
    public static void open(IFolder output) {
        if (output == null || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) return;
        try {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            ((ResultsView) page.showView(ID)).show(output);
        } catch (PartInitException e) {
            ColtrainUi.log("could not open the Results view", e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(top);
        title = new Label(top, SWT.NONE);
        title.setText("No run yet: Run As > ColTraIn Simulation on a .coltrain file");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        summary = new Text(top, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(summary);
        scroller = new ScrolledComposite(sash, SWT.H_SCROLL | SWT.V_SCROLL);
        diagrams = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(diagrams);
        scroller.setContent(diagrams);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        sash.setWeights(2, 3);
    }

    /** Replaces what the view shows with the run in {@code output}. */
    public void show(IFolder output) {
        shown = output;
        Path dir = output.getLocation().toFile().toPath();
        title.setText("Run in " + output.getFullPath());
        summary.setText(ResultsSummary.of(dir.resolve("results.json")));
        for (Control c : diagrams.getChildren()) c.dispose();
        images.forEach(Image::dispose);
        images.clear();
        List<Path> svgs = SvgImages.under(dir);
        if (svgs.isEmpty()) new Label(diagrams, SWT.NONE).setText("This run wrote no diagrams (SVG files) into " + output.getFullPath());
        for (Path svg : svgs) {
            new Label(diagrams, SWT.NONE).setText(dir.relativize(svg).toString());
            Label picture = new Label(diagrams, SWT.NONE);
            try {
                Image image = SvgImages.load(diagrams.getDisplay(), svg);
                images.add(image);
                picture.setImage(image);
            } catch (IOException e) {
                picture.setText(e.getMessage());
            }
        }
        scroller.setMinSize(diagrams.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        diagrams.layout(true, true);
        title.getParent().layout(true, true);
    }

    /** The folder shown, or null; for tests. */
    public IFolder shown() {
        return shown;
    }

    /** How many diagrams the view rendered; for tests. */
    public int renderedDiagrams() {
        return images.size();
    }

    @Override
    public void setFocus() {
        summary.setFocus();
    }

    @Override
    public void dispose() {
        images.forEach(Image::dispose);
        super.dispose();
    }
}
