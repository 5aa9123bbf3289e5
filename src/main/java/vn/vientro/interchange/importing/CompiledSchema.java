package vn.vientro.interchange.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The IATI 2.03 activity schema read from its own XSD files (the ones the validator compiles) into the little the
 * {@link SchemaPrecheck} needs: for each element, its attributes (type, required or not), whether it takes
 * {@code xml:lang}, and its content (empty, a simple type, or a sequence of element particles with their counts).
 *
 * <p>It reads exactly the constructs these files use and refuses, loudly, anything else: an XSD element or attribute
 * it does not know (a choice, a facet, {@code mixed}, {@code default}, {@code fixed}, {@code nillable}...), a
 * built-in type it does not check, a wildcard that is not {@code ##other}. A later schema with a construct the
 * pre-check would misread then fails at startup and in the tests instead of silently weakening the check. Wildcard
 * elements are left out of the sequences: the pre-check is never sure of a namespaced element anyway, and a wildcard
 * must be optional (checked here) for leaving it out to change nothing for the others.
 */
final class CompiledSchema {

    static final String ROOT = "iati-activities";
    static final String ACTIVITY = "iati-activity";
    private static final String FOLDER = "/iati/2.03/";
    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    /** An element's type as the pre-check reads it. Built once, never changed afterwards. */
    static final class Type {
        /** The attributes of no namespace, by name (while reading the schema; see {@link #use}). */
        final Map<String, Use> attributes = new HashMap<>();
        /** The same, as arrays: a few names (interned) compared by identity first, cheaper than hashing each. */
        String[] attributeNames = new String[0];
        Use[] attributeUses = new Use[0];
        /** How many of them are required. */
        int required;
        /** {@code xml:lang} is declared, or allowed by an {@code ##other} wildcard (and then checked: lax). */
        boolean xmlLang;
        /** The type of the element's text; null for element-only or empty content. */
        @Nullable PlainValues simple;
        /**
         * The declared attribute of no namespace named so, or null. By identity: the parser interns names (as the
         * validator is told, see {@link ActivitySchema}); a name that were not interned would only be unknown here,
         * which leaves the activity to the validator.
         */
        @Nullable Use use(String name) {
            String[] names = attributeNames;
            for (int i = 0; i < names.length; i++) {
                if (names[i] == name) {
                    return attributeUses[i];
                }
            }
            return null;
        }

        /** The element particles in order; empty with {@link #simple} null: empty content. */
        Particle[] particles = new Particle[0];
        final List<Particle> building = new ArrayList<>();
    }

    /** An attribute's type, and whether it is required. */
    record Use(PlainValues value, boolean required) {
    }

    /** An element of a sequence: its name, its type, and how many times it may appear. */
    record Particle(String name, Type type, int min, int max) {
    }

    private final Document activities;
    private final Document common;
    private final Map<String, Element> globalElements = new HashMap<>();
    private final Map<String, Element> globalTypes = new HashMap<>();
    private final Map<String, Element> globalAttributes = new HashMap<>();
    /** Types already read, by their declaring XSD element (an element or a named complex type). */
    private final Map<Element, Type> read = new HashMap<>();
    private final Type root;
    private final Type activity;

    private CompiledSchema(Function<String, @Nullable InputStream> files) {
        activities = parse(files, "iati-activities-schema.xsd");
        common = parse(files, "iati-common.xsd");
        checkXmlLang(parse(files, "xml.xsd"));
        for (Document document : List.of(activities, common)) {
            Element schema = document.getDocumentElement();
            allowed(schema, Set.of("version"));
            for (Element child : children(schema)) {
                switch (child.getLocalName()) {
                    case "annotation" -> { }
                    case "include" -> include(child);
                    case "import" -> imported(child);
                    case "element" -> globalElements.put(name(child), child);
                    case "complexType" -> globalTypes.put(name(child), child);
                    case "attribute" -> globalAttributes.put(name(child), child);
                    default -> throw unknown(child);
                }
            }
        }
        root = elementType(required(globalElements, ROOT));
        activity = elementType(required(globalElements, ACTIVITY));
        for (Type type : read.values()) {
            type.particles = type.building.toArray(Particle[]::new);
            type.attributeNames = type.attributes.keySet().toArray(String[]::new);
            type.attributeUses = new Use[type.attributeNames.length];
            for (int i = 0; i < type.attributeNames.length; i++) {
                type.attributeUses[i] = type.attributes.get(type.attributeNames[i]);
            }
        }
    }

    /** Reads the bundled schema; throws when it uses anything the pre-check cannot read. */
    static CompiledSchema read() {
        return read(name -> CompiledSchema.class.getResourceAsStream(FOLDER + name));
    }

    /** Reads the schema from these files, by name (the tests give altered copies, to see each refused). */
    static CompiledSchema read(Function<String, @Nullable InputStream> files) {
        return new CompiledSchema(files);
    }

    Type root() {
        return root;
    }

    Type activity() {
        return activity;
    }

    /** The type of a global or local element declaration (its {@code type}, or its own complex type). */
    private Type elementType(Element element) {
        Type known = read.get(element);
        if (known != null) {
            return known;
        }
        if (element.getParentNode() == element.getOwnerDocument().getDocumentElement()) {
            allowed(element, Set.of("name", "type"));
        }
        String type = element.getAttribute("type");
        List<Element> children = withoutAnnotations(element);
        if (!type.isEmpty()) {
            if (!children.isEmpty()) {
                throw unknown(children.get(0));
            }
            return namedType(element, type);
        }
        if (children.size() != 1 || !"complexType".equals(children.get(0).getLocalName())) {
            throw new IllegalStateException("the schema pre-check reads only elements with a type or a complex type: "
                    + describe(element));
        }
        return complexType(element, children.get(0));
    }

    private Type namedType(Element at, String qName) {
        String uri = at.lookupNamespaceURI(prefix(qName));
        String local = qName.substring(qName.indexOf(':') + 1);
        if (XSD.equals(uri)) {
            Type type = new Type();
            type.simple = PlainValues.builtIn(local);
            return type;
        }
        if (uri != null || qName.contains(":")) {
            throw new IllegalStateException("the schema pre-check does not know the type " + qName);
        }
        Element declaration = required(globalTypes, local);
        Type known = read.get(declaration);
        return known != null ? known : complexType(declaration, declaration);
    }

    /** A complex type: a sequence and attributes, or a simple or complex content extension. */
    private Type complexType(Element key, Element complexType) {
        allowed(complexType, Set.of("name"));
        Type type = new Type();
        read.put(key, type);
        for (Element child : withoutAnnotations(complexType)) {
            switch (child.getLocalName()) {
                case "sequence" -> sequence(type, child);
                case "attribute" -> attribute(type, child);
                case "anyAttribute" -> anyAttribute(type, child);
                case "simpleContent" -> simpleContent(type, child);
                case "complexContent" -> complexContent(type, child);
                default -> throw unknown(child);
            }
        }
        return type;
    }

    private void sequence(Type type, Element sequence) {
        allowed(sequence, Set.of());
        for (Element particle : withoutAnnotations(sequence)) {
            switch (particle.getLocalName()) {
                case "element" -> {
                    int min = occurs(particle, "minOccurs");
                    int max = occurs(particle, "maxOccurs");
                    Element declaration;
                    String name;
                    if (particle.hasAttribute("ref")) {
                        allowed(particle, Set.of("ref", "minOccurs", "maxOccurs"));
                        if (!withoutAnnotations(particle).isEmpty() || particle.getAttribute("ref").contains(":")) {
                            throw unknown(particle);
                        }
                        name = particle.getAttribute("ref");
                        declaration = required(globalElements, name);
                    } else {
                        allowed(particle, Set.of("name", "type", "minOccurs", "maxOccurs"));
                        name = name(particle);
                        declaration = particle;
                    }
                    type.building.add(new Particle(name.intern(), elementType(declaration), min, max));
                }
                case "any" -> {
                    allowed(particle, Set.of("namespace", "processContents", "minOccurs", "maxOccurs"));
                    if (!"##other".equals(particle.getAttribute("namespace"))
                            || occurs(particle, "minOccurs") != 0) {
                        throw new IllegalStateException("the schema pre-check reads only optional ##other element "
                                + "wildcards: " + describe(particle));
                    }
                }
                default -> throw unknown(particle);
            }
        }
    }

    private void attribute(Type type, Element attribute) {
        String name;
        PlainValues value;
        if (attribute.hasAttribute("ref")) {
            allowed(attribute, Set.of("ref", "use"));
            String ref = attribute.getAttribute("ref");
            if ("xml:lang".equals(ref)) { // the prefix xml is bound to the XML namespace by definition
                type.xmlLang = true;
                use(attribute);
                return;
            }
            if (ref.contains(":")) {
                throw unknown(attribute);
            }
            Element global = required(globalAttributes, ref);
            allowed(global, Set.of("name", "type"));
            name = ref;
            value = simpleType(global);
        } else {
            allowed(attribute, Set.of("name", "type", "use"));
            name = name(attribute);
            value = simpleType(attribute);
        }
        boolean required = use(attribute);
        if (type.attributes.put(name.intern(), new Use(value, required)) != null) {
            throw new IllegalStateException("attribute declared twice: " + describe(attribute));
        }
        if (required) {
            type.required++;
        }
    }

    /** Whether the attribute is required ({@code use} absent or {@code optional}: not). */
    private static boolean use(Element attribute) {
        String use = attribute.getAttribute("use");
        return switch (use) {
            case "", "optional" -> false;
            case "required" -> true;
            default -> throw unknown(attribute);
        };
    }

    private PlainValues simpleType(Element attribute) {
        if (!withoutAnnotations(attribute).isEmpty() || !attribute.hasAttribute("type")) {
            throw new IllegalStateException("the schema pre-check reads only attributes of a built-in type: "
                    + describe(attribute));
        }
        String qName = attribute.getAttribute("type");
        if (!XSD.equals(attribute.lookupNamespaceURI(prefix(qName)))) {
            throw new IllegalStateException("the schema pre-check does not know the type " + qName);
        }
        return PlainValues.builtIn(qName.substring(qName.indexOf(':') + 1));
    }

    private static void anyAttribute(Type type, Element wildcard) {
        allowed(wildcard, Set.of("namespace", "processContents"));
        if (!"##other".equals(wildcard.getAttribute("namespace"))) {
            throw unknown(wildcard);
        }
        type.xmlLang = true; // the only namespaced attribute the pre-check accepts; xml.xsd declares it, so it is checked
    }

    private void simpleContent(Type type, Element content) {
        allowed(content, Set.of());
        Element extension = only(content, "extension");
        allowed(extension, Set.of("base"));
        String base = extension.getAttribute("base");
        if (!XSD.equals(extension.lookupNamespaceURI(prefix(base)))) {
            throw new IllegalStateException("the schema pre-check reads only simple content of a built-in type: "
                    + describe(extension));
        }
        type.simple = PlainValues.builtIn(base.substring(base.indexOf(':') + 1));
        attributes(type, extension);
    }

    /** An extension of a named complex type: its particles first, then the extension's; attributes of both. */
    private void complexContent(Type type, Element content) {
        allowed(content, Set.of());
        Element extension = only(content, "extension");
        allowed(extension, Set.of("base"));
        Type base = namedType(extension, extension.getAttribute("base"));
        if (base.simple != null) {
            throw unknown(extension);
        }
        type.building.addAll(base.building);
        type.attributes.putAll(base.attributes);
        type.required = base.required;
        type.xmlLang = base.xmlLang;
        for (Element child : withoutAnnotations(extension)) {
            switch (child.getLocalName()) {
                case "sequence" -> sequence(type, child);
                case "attribute" -> attribute(type, child);
                case "anyAttribute" -> anyAttribute(type, child);
                default -> throw unknown(child);
            }
        }
    }

    private void attributes(Type type, Element extension) {
        for (Element child : withoutAnnotations(extension)) {
            switch (child.getLocalName()) {
                case "attribute" -> attribute(type, child);
                case "anyAttribute" -> anyAttribute(type, child);
                default -> throw unknown(child);
            }
        }
    }

    private static int occurs(Element particle, String name) {
        String value = particle.getAttribute(name);
        if (value.isEmpty()) {
            return 1;
        }
        if ("unbounded".equals(value) && "maxOccurs".equals(name)) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw unknown(particle);
        }
    }

    /**
     * {@code xml:lang} as xml.xsd declares it: the union of {@code xs:language} and the empty string. The pre-check
     * accepts only the first (stricter); any other declaration is refused, as its meaning could differ.
     */
    private static void checkXmlLang(Document xml) {
        for (Element child : children(xml.getDocumentElement())) {
            if ("attribute".equals(child.getLocalName()) && "lang".equals(child.getAttribute("name"))) {
                Element simple = only(child, "simpleType");
                Element union = only(simple, "union");
                Element member = only(union, "simpleType");
                Element restriction = only(member, "restriction");
                Element enumeration = only(restriction, "enumeration");
                if (child.getAttributes().getLength() != 1 || !"xs:language".equals(union.getAttribute("memberTypes"))
                        || !"xs:string".equals(restriction.getAttribute("base"))
                        || !enumeration.getAttribute("value").isEmpty()) {
                    throw new IllegalStateException("xml:lang is not declared as the pre-check expects");
                }
                return;
            }
        }
        throw new IllegalStateException("xml.xsd does not declare xml:lang");
    }

    private static void include(Element include) {
        allowed(include, Set.of("schemaLocation"));
        if (!"iati-common.xsd".equals(include.getAttribute("schemaLocation"))) {
            throw unknown(include);
        }
    }

    private static void imported(Element imported) {
        allowed(imported, Set.of("namespace", "schemaLocation"));
        if (!XMLConstants.XML_NS_URI.equals(imported.getAttribute("namespace"))
                || !"xml.xsd".equals(imported.getAttribute("schemaLocation"))) {
            throw unknown(imported);
        }
    }

    /** The XSD element has no attributes but these (namespace declarations aside). */
    private static void allowed(Element element, Set<String> names) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                continue;
            }
            if (attribute.getNamespaceURI() != null || !names.contains(attribute.getLocalName())) {
                throw new IllegalStateException("the schema pre-check does not read @" + attribute.getName()
                        + " on " + describe(element));
            }
        }
        if (!XSD.equals(element.getNamespaceURI())) {
            throw unknown(element);
        }
        if ("any".equals(element.getLocalName()) && !"lax".equals(element.getAttribute("processContents"))) {
            throw unknown(element);
        }
        if ("anyAttribute".equals(element.getLocalName())
                && !"lax".equals(element.getAttribute("processContents"))) {
            throw unknown(element);
        }
    }

    private static Element only(Element parent, String local) {
        List<Element> children = withoutAnnotations(parent);
        if (children.size() != 1 || !local.equals(children.get(0).getLocalName())
                || !XSD.equals(children.get(0).getNamespaceURI())) {
            throw new IllegalStateException("the schema pre-check expects one xsd:" + local + " in "
                    + describe(parent));
        }
        return children.get(0);
    }

    private static List<Element> withoutAnnotations(Element parent) {
        List<Element> all = new ArrayList<>();
        for (Element child : children(parent)) {
            if (!"annotation".equals(child.getLocalName())) {
                all.add(child);
            }
        }
        return all;
    }

    /** The XSD elements in {@code parent}; text other than white space, or a foreign element, is refused. */
    private static List<Element> children(Element parent) {
        List<Element> all = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (!XSD.equals(element.getNamespaceURI())) {
                    throw unknown(element);
                }
                all.add(element);
            } else if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
                throw new IllegalStateException("text in " + describe(parent));
            }
        }
        return all;
    }

    private static String name(Element element) {
        String name = element.getAttribute("name");
        if (name.isEmpty()) {
            throw unknown(element);
        }
        return name;
    }

    private static @Nullable String prefix(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? null : qName.substring(0, colon);
    }

    private static Element required(Map<String, Element> declarations, String name) {
        Element declaration = declarations.get(name);
        if (declaration == null) {
            throw new IllegalStateException("the schema declares no " + name);
        }
        return declaration;
    }

    private static IllegalStateException unknown(Element element) {
        return new IllegalStateException("the schema pre-check does not read " + describe(element));
    }

    private static String describe(Element element) {
        StringBuilder text = new StringBuilder("<").append(element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            text.append(' ').append(attributes.item(i).getNodeName()).append("=\"")
                    .append(attributes.item(i).getNodeValue()).append('"');
        }
        return text.append('>').toString();
    }

    private static Document parse(Function<String, @Nullable InputStream> files, String name) {
        try (InputStream in = files.apply(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FOLDER + name);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
