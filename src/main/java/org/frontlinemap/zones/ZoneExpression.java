package org.frontlinemap.zones;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.locationtech.jts.geom.Geometry;

/**
 * A zone written as set algebra over gazetteer ids, for example
 * {@code (deir-ez-zor-governorate & euphrates-west-bank) | buffer(deir-ez-zor, 8) - @isis-valley}.
 *
 * <pre>
 * expr    := term (('|' | '+' | '-') term)*      union / union / difference, left to right
 * term    := factor ('&amp;' factor)*                intersection binds tighter
 * factor  := ID | '@' NAME | '(' expr ')' | 'buffer' '(' expr ',' NUMBER ')' | 'hull' '(' expr ')'
 * ID      := [a-z0-9]+ ('-' [a-z0-9]+)*             a gazetteer id; so write the difference with spaces: "a - b"
 * @NAME   := a zone defined earlier in the same snapshot
 * buffer(e, km) widens e by km kilometres; hull(e) is the convex hull of e (of towns, say: "the area between
 * Jarablus, al-Bab and Azaz")
 * </pre>
 * Hand-written recursive descent: the grammar is five rules and a parser library would outweigh it.
 */
public final class ZoneExpression {

    /** A syntax error with the offending position. */
    public static final class SyntaxException extends IllegalArgumentException {
        public SyntaxException(String message) {
            super(message);
        }
    }

    /** Looks up what the leaves stand for; returning null means "unknown". */
    public interface Resolver {
        Geometry place(String id);

        Geometry zone(String name);

        Geometry buffer(Geometry g, double km);

        /** A place used inside buffer(...): lines and points are fine there. */
        default Geometry placeToWiden(String id) {
            return place(id);
        }

        default Geometry union(Geometry a, Geometry b) {
            return Overlay.union(a, b);
        }
    }

    private sealed interface Node permits Id, Ref, Bin, Buf, Hull {
    }

    private record Hull(Node e) implements Node {
    }

    private record Id(String id) implements Node {
    }

    private record Ref(String name) implements Node {
    }

    private record Bin(char op, Node l, Node r) implements Node {
    }

    private record Buf(Node e, double km) implements Node {
    }

    private final String text;
    private final Node root;

    private ZoneExpression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    public static ZoneExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SyntaxException("empty zone expression");
        }
        Parser p = new Parser(text);
        Node n = p.expr();
        p.skipWs();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return new ZoneExpression(text, n);
    }

    public String text() {
        return text;
    }

    /** Gazetteer ids the expression names, in order of first appearance. */
    public Set<String> placeIds() {
        Set<String> out = new LinkedHashSet<>();
        collect(root, out, true);
        return out;
    }

    /** Earlier zones the expression refers to with {@code @name}. */
    public Set<String> zoneRefs() {
        Set<String> out = new LinkedHashSet<>();
        collect(root, out, false);
        return out;
    }

    private static void collect(Node n, Set<String> out, boolean ids) {
        if (n instanceof Id i) {
            if (ids) {
                out.add(i.id());
            }
        } else if (n instanceof Ref r) {
            if (!ids) {
                out.add(r.name());
            }
        } else if (n instanceof Bin b) {
            collect(b.l(), out, ids);
            collect(b.r(), out, ids);
        } else if (n instanceof Buf b) {
            collect(b.e(), out, ids);
        } else if (n instanceof Hull h) {
            collect(h.e(), out, ids);
        }
    }

    /** Evaluates with the resolver; unknown leaves throw IllegalArgumentException naming them. */
    public Geometry evaluate(Resolver r) {
        return eval(root, r);
    }

    private static Geometry eval(Node n, Resolver r) {
        if (n instanceof Id i) {
            return require(r.place(i.id()), "unknown place id '" + i.id() + "'");
        }
        if (n instanceof Ref ref) {
            return require(r.zone(ref.name()), "unknown zone reference '@" + ref.name() + "'");
        }
        if (n instanceof Buf b) {
            Geometry inner = b.e() instanceof Id i
                    ? require(r.placeToWiden(i.id()), "unknown place id '" + i.id() + "'") : eval(b.e(), r);
            return r.buffer(inner, b.km());
        }
        if (n instanceof Hull h) {
            Geometry inner = h.e() instanceof Id i
                    ? require(r.placeToWiden(i.id()), "unknown place id '" + i.id() + "'") : evalRaw(h.e(), r);
            return inner.convexHull();
        }
        Bin b = (Bin) n;
        Geometry a = eval(b.l(), r);
        Geometry c = eval(b.r(), r);
        return switch (b.op()) {
            case '|', '+' -> r.union(a, c);
            case '&' -> Overlay.intersection(a, c);
            case '-' -> Overlay.difference(a, c);
            default -> throw new IllegalStateException("operator " + b.op());
        };
    }

    /** Like eval, but bare ids give their raw gazetteer geometry (points stay points): for hull(a | b | c). */
    private static Geometry evalRaw(Node n, Resolver r) {
        if (n instanceof Id i) {
            return require(r.placeToWiden(i.id()), "unknown place id '" + i.id() + "'");
        }
        if (n instanceof Bin b && (b.op() == '|' || b.op() == '+')) {
            return r.union(evalRaw(b.l(), r), evalRaw(b.r(), r));
        }
        return eval(n, r);
    }

    private static Geometry require(Geometry g, String message) {
        if (g == null) {
            throw new IllegalArgumentException(message);
        }
        return g;
    }

    @Override
    public String toString() {
        return text;
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipWs() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean peek(char c) {
            skipWs();
            return pos < s.length() && s.charAt(pos) == c;
        }

        SyntaxException error(String msg) {
            return new SyntaxException(msg + " at position " + (pos + 1) + " in '" + s + "'");
        }

        Node expr() {
            Node n = term();
            while (true) {
                skipWs();
                if (pos < s.length() && (s.charAt(pos) == '|' || s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    char op = s.charAt(pos++);
                    n = new Bin(op, n, term());
                } else {
                    return n;
                }
            }
        }

        Node term() {
            Node n = factor();
            while (peek('&')) {
                pos++;
                n = new Bin('&', n, factor());
            }
            return n;
        }

        Node factor() {
            skipWs();
            if (pos >= s.length()) {
                throw error("expression ends where a place id was expected");
            }
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                Node n = expr();
                expect(')');
                return n;
            }
            if (c == '@') {
                pos++;
                return new Ref(id("zone name after '@'"));
            }
            String id = id("a place id");
            if (id.equals("hull") && peek('(')) {
                pos++;
                Node e = expr();
                expect(')');
                return new Hull(e);
            }
            if (id.equals("buffer") && peek('(')) {
                pos++;
                Node e = expr();
                expect(',');
                skipWs();
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                double km;
                try {
                    km = Double.parseDouble(s.substring(start, pos));
                } catch (NumberFormatException ex) {
                    throw error("buffer needs a distance in km");
                }
                expect(')');
                if (!(km > 0 && km <= 200)) {
                    throw error("buffer distance " + km + " km outside (0, 200]");
                }
                return new Buf(e, km);
            }
            return new Id(id);
        }

        String id(String what) {
            skipWs();
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                boolean innerHyphen = c == '-' && pos > start && pos + 1 < s.length() && isIdChar(s.charAt(pos + 1));
                if (alnum || innerHyphen) {
                    pos++;
                } else {
                    break;
                }
            }
            if (pos == start) {
                throw error("expected " + what);
            }
            return s.substring(start, pos);
        }

        private static boolean isIdChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }

        void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }
    }

    /** Convenience for callers that only need the list of errors of many expressions. */
    static List<String> unknownIds(ZoneExpression e, Function<String, Boolean> known) {
        List<String> out = new ArrayList<>();
        for (String id : e.placeIds()) {
            if (!known.apply(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
