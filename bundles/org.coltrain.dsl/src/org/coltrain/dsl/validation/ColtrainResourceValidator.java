package org.coltrain.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.dsl.parser.Printable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Xtext's resource validation, with three rules on what reaches the user: no check's verdict on an element that a
 * syntax error damaged ({@link SyntaxTaint}); at most {@link #MAX_ISSUES} issues per file, the rest counted in a
 * last line; and no raw control character from the file in any message.
 */
public class ColtrainResourceValidator extends ResourceValidatorImpl {

    /** A file of junk gives hundreds of thousands of errors; the first ones are the useful ones. */
    public static final int MAX_ISSUES = 100;

    @Override
    public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
        List<Issue> kept = new ArrayList<>();
        int dropped = 0;
        for (Issue issue : super.validate(resource, mode, indicator)) {
            if (!issue.isSyntaxError() && followsFromSyntaxError(resource, issue)) continue;
            if (kept.size() >= MAX_ISSUES) {
                dropped++;
                continue;
            }
            kept.add(printable(issue));
        }
        if (dropped > 0) kept.add(truncated(kept.get(kept.size() - 1), dropped));
        return kept;
    }

    private static boolean followsFromSyntaxError(Resource resource, Issue issue) {
        if (issue.getUriToProblem() == null || issue.getUriToProblem().fragment() == null) return false;
        EObject object = resource.getEObject(issue.getUriToProblem().fragment());
        if (object == null) return false;
        // a name that does not resolve is the user's to fix unless the reference sits in damaged text
        if (Diagnostic.LINKING_DIAGNOSTIC.equals(issue.getCode())) return SyntaxTaint.inDamaged(object);
        return SyntaxTaint.affects(object);
    }

    private static Issue printable(Issue issue) {
        String escaped = Printable.escape(issue.getMessage());
        if (escaped.equals(issue.getMessage()) || !(issue instanceof Issue.IssueImpl impl)) return issue;
        impl.setMessage(escaped);
        return impl;
    }

    private static Issue truncated(Issue last, int dropped) {
        Issue.IssueImpl more = new Issue.IssueImpl();
        more.setSeverity(Severity.WARNING);
        more.setMessage(dropped + " more issue(s) in this file are not shown; fix the ones above first");
        more.setLineNumber(last.getLineNumber());
        more.setColumn(last.getColumn());
        more.setOffset(last.getOffset());
        more.setLength(last.getLength());
        more.setUriToProblem(last.getUriToProblem());
        return more;
    }
}
