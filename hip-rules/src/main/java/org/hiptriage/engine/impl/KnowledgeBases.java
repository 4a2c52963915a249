package org.hiptriage.engine.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.conf.KieBaseMutabilityOption;

/**
 * Builds the knowledge base from the rules packaged in this library, and only from them. Two ways:
 * the executable model that {@code kie-maven-plugin} generated at build time (fast start, the
 * default), or the DRL compiled at run time (slower; used to check that both agree).
 *
 * <p>Security: rules are Java code (a DRL consequence can do anything Java can). Both ways read
 * only resources from the class-path root this class itself was loaded from — the hip-rules jar
 * (or the shaded command-line jar) — so another jar or folder on the class path that carries
 * {@code org/hiptriage/rules/**.drl} or a drools-model index is ignored. There is no way to load
 * rules from a file, a URL or a string in the public API.
 */
public final class KnowledgeBases {

    /** Where kie-maven-plugin lists the generated executable-model classes. */
    static final String MODEL_INDEX = "META-INF/kie/org.hiptriage/hip-rules/drools-model";
    /** The folder of the DRL files, by layer. */
    static final String DRL_ROOT = "org/hiptriage/rules/";
    private static final String KMODULE = "META-INF/kmodule.xml";

    private KnowledgeBases() {
    }

    /** True when the executable model was generated into the class path. */
    public static boolean hasExecutableModel() {
        return ownResource(MODEL_INDEX) != null;
    }

    /** The knowledge base from the executable model, or from the DRL when no model was generated. */
    public static KieBase load() {
        return hasExecutableModel() ? fromExecutableModel() : fromDrl();
    }

    /** The knowledge base from the executable model generated at build time. */
    public static KieBase fromExecutableModel() {
        return fromModels(generatedModels());
    }

    /** The packages of the executable model, as the build generated and listed them. */
    static List<Model> generatedModels() {
        List<Model> models = new ArrayList<>();
        URL index = ownResource(MODEL_INDEX);
        try (InputStream in = index == null ? null : index.openStream()) {
            if (in == null) {
                throw new IllegalStateException("no executable model on the class path (" + MODEL_INDEX + ")");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.trim();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    models.add((Model) Class.forName(name, true, loader()).getDeclaredConstructor().newInstance());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the executable model cannot be loaded: " + e, e);
        }
        return models;
    }

    /**
     * The knowledge base of these packages, added in name order with their rules in name order. The build generates
     * them in an order of its own that changes from one build to the next, and rules of one layer fire in the order they
     * were added: sorted, every build fires them in the same order, so --explain lists them the same way.
     */
    static KieBase fromModels(List<Model> models) {
        List<Model> inNameOrder = models.stream().sorted(Comparator.comparing(Model::getName))
                .map(model -> (Model) new ReorderedRules(model,
                        rules -> rules.stream().sorted(Comparator.comparing(Rule::getName)).toList()))
                .toList();
        // never changed after it is built: Drools then skips the bookkeeping of incremental updates
        // (about 14 % of an assessment, BENCHMARKS.md); the kmodule says the same for the DRL path
        return KieBaseBuilder.createKieBaseFromModel(inNameOrder, KieBaseMutabilityOption.DISABLED);
    }

    /** The knowledge base compiled from the packaged DRL files at run time. */
    public static KieBase fromDrl() {
        return fromDrl(Map.of());
    }

    /**
     * The packaged DRL plus {@code extraDrl} (class-path path → DRL text, in a package the kmodule
     * lists), compiled at run time. Package-private: only tests add rules (fault injection, given
     * conditions); production code never loads rules from anywhere but this jar.
     */
    static KieBase fromDrl(Map<String, String> extraDrl) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        URL kmoduleXml = ownResource(KMODULE);
        if (kmoduleXml == null) {
            throw new IllegalStateException("no " + KMODULE + " in the hip-rules jar");
        }
        try (InputStream kmodule = kmoduleXml.openStream()) {
            files.writeKModuleXML(new String(kmodule.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        drlFiles().forEach((path, text) -> files.write("src/main/resources/" + path, text));
        extraDrl.forEach((path, text) -> files.write("src/main/resources/" + path, text));
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the hip-triage rule base does not build: " + errors);
        }
        return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase(DroolsTriage.KIE_BASE);
    }

    /** Every packaged DRL file, by its path under the class path, in path order. */
    public static TreeMap<String, String> drlFiles() {
        TreeMap<String, String> found = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader().getResources(DRL_ROOT);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (!isOwn(root)) {
                    continue; // rules only from this library's own jar or folder
                }
                if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (var jar = connection.getJarFile()) {
                        for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                            if (entry.getName().startsWith(DRL_ROOT) && entry.getName().endsWith(".drl")) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    found.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                                }
                            }
                        }
                    }
                } else {
                    Path base = Path.of(root.toURI());
                    try (Stream<Path> walk = Files.walk(base)) {
                        for (Path p : walk.filter(f -> f.toString().endsWith(".drl")).toList()) {
                            String relative = DRL_ROOT + base.relativize(p).toString().replace('\\', '/');
                            found.put(relative, Files.readString(p, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no DRL files found under " + DRL_ROOT);
        }
        return found;
    }

    /** The resource at {@code path} in this library's own class-path root, or null. */
    static URL ownResource(String path) {
        try {
            for (URL url : java.util.Collections.list(loader().getResources(path))) {
                if (isOwn(url)) {
                    return url;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code resource} lies in the jar or folder this class was loaded from. */
    static boolean isOwn(URL resource) {
        var codeSource = KnowledgeBases.class.getProtectionDomain().getCodeSource();
        if (codeSource == null || codeSource.getLocation() == null) {
            // no code source to compare with (an unusual class loader): the first match on the
            // class path is this library's, as the class loader resolves this very class
            return true;
        }
        String own = codeSource.getLocation().toExternalForm();
        String url = resource.toExternalForm();
        return url.startsWith(own) || url.startsWith("jar:" + own + "!/")
                || (own.endsWith("!/") && url.startsWith(own));
    }

    private static ClassLoader loader() {
        return KnowledgeBases.class.getClassLoader();
    }

    /** A generated package with its rules put in another order (everything else as generated). */
    record ReorderedRules(Model model, UnaryOperator<List<Rule>> order) implements Model {
        @Override
        public String getName() {
            return model.getName();
        }

        @Override
        public String getPackageName() {
            return model.getPackageName();
        }

        @Override
        public List<Global> getGlobals() {
            return model.getGlobals();
        }

        @Override
        public List<Rule> getRules() {
            return order.apply(model.getRules());
        }

        @Override
        public List<Query> getQueries() {
            return model.getQueries();
        }

        @Override
        public List<TypeMetaData> getTypeMetaDatas() {
            return model.getTypeMetaDatas();
        }

        @Override
        public List<EntryPoint> getEntryPoints() {
            return model.getEntryPoints();
        }
    }
}
