package org.hiptriage.model.testing;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test support shared by every module: the package dependencies of compiled main classes, and the
 * loops among them. Reads class files, so a fully qualified name in code counts as much as an
 * import, and a javadoc link does not.
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    /** The folder of the compiled classes that {@code type} was loaded from. */
    public static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each package under {@code root} (a path such as {@code org/hiptriage/examples}) to the other packages under it that its classes name. */
    public static Map<String, Set<String>> dependencies(Path classes, String root) throws IOException {
        Pattern reference = Pattern.compile(Pattern.quote(root) + "((?:/[a-z_][a-z0-9_]*)*)/[A-Za-z_$][\\w$]*");
        Map<String, Set<String>> dependencies = new TreeMap<>();
        Path base = classes.resolve(root);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(base)) {
            files = walk.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String from = packageOf(base.relativize(file.getParent()).toString().replace('\\', '/'));
            Set<String> to = dependencies.computeIfAbsent(from, p -> new TreeSet<>());
            for (String text : utf8Constants(file)) {
                Matcher m = reference.matcher(text);
                while (m.find()) {
                    String target = packageOf(m.group(1).isEmpty() ? "" : m.group(1).substring(1));
                    if (!target.equals(from)) {
                        to.add(target);
                    }
                }
            }
        }
        return dependencies;
    }

    private static String packageOf(String relative) {
        return relative.isEmpty() ? "(root)" : relative.replace('/', '.');
    }

    /** The text constants of a class file: every class it names and every type in its signatures is among them. */
    private static List<String> utf8Constants(Path classFile) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream stream = Files.newInputStream(classFile);
             DataInputStream in = new DataInputStream(new BufferedInputStream(stream))) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor version
            in.readUnsignedShort(); // major version
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> texts.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++; // a long or a double takes two entries
                    }
                    default -> throw new IOException(classFile + ": unknown constant tag " + tag);
                }
            }
        }
        return texts;
    }

    /** One loop per package caught in one, shortest first found, as "a -> b -> a". */
    public static List<String> cycles(Map<String, Set<String>> dependencies) {
        List<String> cycles = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (String start : new TreeSet<>(dependencies.keySet())) {
            if (reported.contains(start)) {
                continue;
            }
            List<String> loop = loopBack(start, dependencies);
            if (!loop.isEmpty()) {
                reported.addAll(loop);
                cycles.add(String.join(" -> ", loop));
            }
        }
        return cycles;
    }

    /** The shortest path from {@code start} back to itself, both ends included; empty when there is none. */
    private static List<String> loopBack(String start, Map<String, Set<String>> dependencies) {
        Map<String, String> cameFrom = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : new TreeSet<>(dependencies.getOrDefault(at, Set.of()))) {
                if (next.equals(start)) {
                    List<String> loop = new ArrayList<>(List.of(start));
                    for (String p = at; !p.equals(start); p = cameFrom.get(p)) {
                        loop.add(1, p);
                    }
                    loop.add(start);
                    return loop;
                }
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, at);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }
}
