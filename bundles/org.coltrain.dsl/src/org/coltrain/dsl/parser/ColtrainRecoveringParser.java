package org.coltrain.dsl.parser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.antlr.runtime.BitSet;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.coltrain.dsl.parser.antlr.ColtrainParser;
import org.coltrain.dsl.parser.antlr.internal.InternalColtrainParser;
import org.coltrain.dsl.services.ColtrainGrammarAccess;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * The generated parser with a recovery that keeps what follows an error. ANTLR skips to the first token that may
 * follow the failing rule; a '}' always may, so the '}' that closed a broken {@code array { }} also ended the
 * enclosing accelerator, and its remaining parts ('dram', ...) were lost. Here a rule that opened a '{' skips nested
 * blocks and consumes its own '}'. At the top level, text that starts no element is skipped up to the next element's
 * keyword instead of ending the file there.
 */
public class ColtrainRecoveringParser extends ColtrainParser {

    @Override
    protected InternalColtrainParser createParser(XtextTokenStream stream) {
        return new BraceAware(stream, getGrammarAccess());
    }

    /** A file that starts with junk has its elements parsed by the recovery; they still form the file's model. */
    @Override
    protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
        IParseResult result = super.doParse(ruleName, in, builder, initialLookAhead);
        if (result.getRootASTElement() != null || result.getRootNode() == null) return result;
        for (INode child : result.getRootNode().getChildren())
            if (child instanceof ICompositeNode c && c.hasDirectSemanticElement())
                return new ParseResult(c.getSemanticElement(), result.getRootNode(), true);
        return result;
    }

    private static final class BraceAware extends InternalColtrainParser {
        private final int open, close;
        private final ParserRule entry;
        private final Assignment elements;
        private final Set<Integer> starters = new HashSet<>();

        BraceAware(XtextTokenStream stream, ColtrainGrammarAccess grammar) {
            super(stream, grammar);
            List<String> names = Arrays.asList(getTokenNames());
            open = names.indexOf("'{'");
            close = names.indexOf("'}'");
            entry = (ParserRule) GrammarUtil.allParserRules(grammar.getGrammar()).get(0);
            Assignment last = null;
            for (Assignment a : GrammarUtil.containedAssignments(entry))
                if (GrammarUtil.isMultipleCardinality(a) && a.getTerminal() instanceof RuleCall call && call.getRule() instanceof ParserRule)
                    last = a;
            elements = last;
            if (elements != null) {
                Set<AbstractElement> first = new LinkedHashSet<>();
                GrammarFollow.first(elements, first, new HashSet<>());
                for (AbstractElement atom : first)
                    if (atom instanceof Keyword k && names.indexOf("'" + k.getValue() + "'") >= 0) starters.add(names.indexOf("'" + k.getValue() + "'"));
            }
        }

        @Override
        public void consumeUntil(IntStream input, BitSet follow) {
            boolean ownBlock = openBraces(getCurrentNode()) > 0;
            int depth = 0;
            for (int type = input.LA(1); type != Token.EOF; type = input.LA(1)) {
                if (type == open) {
                    depth++;
                } else if (type == close && depth > 0) {
                    depth--;
                } else if (type == close) {
                    if (ownBlock) input.consume();
                    if (ownBlock || follow.member(type)) return;
                } else if (depth == 0 && follow.member(type)) {
                    return;
                }
                input.consume();
            }
        }

        /**
         * Where the file should end but goes on with text that starts no element: report it once, skip to the next
         * element keyword (whole blocks at a time) and parse the elements from there as the top-level rule would.
         */
        @Override
        protected Object recoverFromMismatchedToken(IntStream input, int ttype, BitSet follow) throws RecognitionException {
            if (ttype != Token.EOF || elements == null || starters.isEmpty()) return super.recoverFromMismatchedToken(input, ttype, follow);
            reportError(new MismatchedTokenException(ttype, input));
            BitSet elementFollow = new BitSet();
            for (int s : starters) elementFollow.add(s);
            // EOF (-1) cannot be a member of an ANTLR BitSet; the loop below stops there itself
            while (input.LA(1) != Token.EOF) {
                skipToStarter(input);
                if (input.LA(1) == Token.EOF) break;
                newCompositeNode(elements.getTerminal());
                pushFollow(elementFollow);
                EObject element = parseElement();
                state._fsp--;
                ICompositeNode modelNode = getCurrentNode().getParent();
                EObject model = modelNode.hasDirectSemanticElement() ? modelNode.getSemanticElement() : createModelElementForParent(entry);
                if (element != null) add(model, elements.getFeature(), element, ruleName(((RuleCall) elements.getTerminal()).getRule()));
                afterParserOrEnumRuleCall();
                if (input.LA(1) != Token.EOF && !starters.contains(input.LA(1))) reportError(new MismatchedTokenException(ttype, input));
            }
            return null;
        }

        private void skipToStarter(IntStream input) {
            int depth = 0;
            for (int type = input.LA(1); type != Token.EOF; type = input.LA(1)) {
                if (depth == 0 && starters.contains(type)) return;
                if (type == open) depth++;
                else if (type == close && depth > 0) depth--;
                input.consume();
            }
        }

        private EObject parseElement() throws RecognitionException {
            String rule = ((RuleCall) elements.getTerminal()).getRule().getName();
            try {
                Method method = InternalColtrainParser.class.getMethod("rule" + rule);
                return (EObject) method.invoke(this);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RecognitionException re) throw re;
                throw new IllegalStateException("parsing " + rule + " failed", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the generated parser has no rule method for " + rule, e);
            }
        }

        private static String ruleName(org.eclipse.xtext.AbstractRule rule) {
            return GrammarUtil.getGrammar(rule).getName() + "." + rule.getName();
        }

        /** The '{' minus the '}' the rule being parsed has matched itself. */
        private static int openBraces(ICompositeNode node) {
            int braces = 0;
            if (node == null) return 0;
            for (INode child : node.getChildren())
                if (child instanceof ILeafNode && child.getGrammarElement() instanceof Keyword k)
                    braces += "{".equals(k.getValue()) ? 1 : "}".equals(k.getValue()) ? -1 : 0;
            return braces;
        }
    }
}
