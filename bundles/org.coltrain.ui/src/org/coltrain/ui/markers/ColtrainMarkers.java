package org.coltrain.ui.markers;

import java.util.List;

import org.coltrain.ui.editor.ColtrainResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * Validation issues as problem markers: one marker type (a problem marker, so the Problems view lists it) carrying
 * the issue code and data, which the quick fixes key on.
 */
public final class ColtrainMarkers {

    public static final String TYPE = "org.coltrain.ui.problem";
    /** The issue code of org.coltrain.dsl.validation.IssueCodes. */
    public static final String CODE = "code";
    /** The issue's data (e.g. the unit to use), joined by {@link #DATA_SEPARATOR}. */
    public static final String DATA = "issueData";
    public static final String DATA_SEPARATOR = "\u001f";

    private ColtrainMarkers() {
    }

    /** Validates {@code text} as the contents of {@code file} and replaces the file's markers with the issues. */
    public static List<Issue> update(IFile file, String text) throws CoreException {
        XtextResource resource = ColtrainResources.parse(file, text);
        List<Issue> own = ColtrainResources.validate(resource).stream()
                .filter(i -> i.getUriToProblem() == null || resource.getURI().equals(i.getUriToProblem().trimFragment())).toList();
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        workspace.run(monitor -> replace(file, own), workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
        return own;
    }

    static void replace(IFile file, List<Issue> issues) throws CoreException {
        if (!file.exists()) return;
        file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
        for (Issue issue : issues) {
            if (issue.getSeverity() == Severity.IGNORE) continue;
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
            marker.setAttribute(IMarker.SEVERITY, switch (issue.getSeverity()) {
                case ERROR -> IMarker.SEVERITY_ERROR;
                case WARNING -> IMarker.SEVERITY_WARNING;
                default -> IMarker.SEVERITY_INFO;
            });
            if (issue.getLineNumber() != null) marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
            if (issue.getOffset() != null && issue.getLength() != null) {
                marker.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
                marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
            }
            if (issue.getCode() != null) marker.setAttribute(CODE, issue.getCode());
            if (issue.getData() != null) marker.setAttribute(DATA, String.join(DATA_SEPARATOR, issue.getData()));
        }
    }
}
