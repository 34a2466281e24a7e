package fr.relance.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * French names, trades, streets and cities the demo ledger is built from. Everything a credit controller reads
 * in a demo comes from here, so it must look like a real regional customer base, not like "Customer 42".
 */
final class DemoNames {

    /** A real city with a real postcode, and the first digit of its landline numbers (01 Paris ... 05 south-west). */
    record City(String name, String postcode, char phoneArea, int weight) {
    }

    /** The creditor is in Lyon, so most customers are in Auvergne-Rhône-Alpes: hence the weights. */
    static final City[] CITIES = {
        new City("Lyon", "69003", '4', 14), new City("Lyon", "69007", '4', 8), new City("Villeurbanne", "69100", '4', 6),
        new City("Vénissieux", "69200", '4', 3), new City("Bron", "69500", '4', 3), new City("Saint-Priest", "69800", '4', 3),
        new City("Villefranche-sur-Saône", "69400", '4', 3), new City("Grenoble", "38000", '4', 6),
        new City("Vienne", "38200", '4', 2), new City("Saint-Étienne", "42000", '4', 5), new City("Roanne", "42300", '4', 2),
        new City("Annecy", "74000", '4', 3), new City("Chambéry", "73000", '4', 3), new City("Valence", "26000", '4', 3),
        new City("Bourg-en-Bresse", "01000", '4', 2), new City("Clermont-Ferrand", "63000", '4', 3),
        new City("Mâcon", "71000", '3', 2), new City("Dijon", "21000", '3', 2), new City("Besançon", "25000", '3', 1),
        new City("Marseille", "13008", '4', 4), new City("Avignon", "84000", '4', 1), new City("Toulon", "83000", '4', 1),
        new City("Nice", "06000", '4', 2), new City("Montpellier", "34000", '4', 2), new City("Perpignan", "66000", '4', 1),
        new City("Paris", "75011", '1', 5), new City("Paris", "75015", '1', 3), new City("Montreuil", "93100", '1', 1),
        new City("Boulogne-Billancourt", "92100", '1', 1), new City("Toulouse", "31000", '5', 2),
        new City("Bordeaux", "33000", '5', 2), new City("Pau", "64000", '5', 1), new City("Limoges", "87000", '5', 1),
        new City("Poitiers", "86000", '5', 1), new City("La Rochelle", "17000", '5', 1), new City("Nantes", "44000", '2', 2),
        new City("Rennes", "35000", '2', 1), new City("Brest", "29200", '2', 1), new City("Angers", "49000", '2', 1),
        new City("Le Mans", "72000", '2', 1), new City("Tours", "37000", '2', 1), new City("Orléans", "45000", '2', 1),
        new City("Rouen", "76000", '2', 1), new City("Caen", "14000", '2', 1), new City("Lille", "59000", '3', 2),
        new City("Amiens", "80000", '3', 1), new City("Reims", "51100", '3', 1), new City("Metz", "57000", '3', 1),
        new City("Nancy", "54000", '3', 1), new City("Strasbourg", "67000", '3', 2),
    };

    private static final int CITY_WEIGHT_TOTAL;

    static {
        int total = 0;
        for (City city : CITIES) {
            total += city.weight();
        }
        CITY_WEIGHT_TOTAL = total;
    }

    static final String[] FAMILY_NAMES = {
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André", "Mercier",
        "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Perrin", "Robin",
        "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Masson", "Marchand", "Duval", "Denis",
        "Dumont", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly",
        "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Gérard", "Roche", "Renard", "Schmitt",
        "Colin", "Vidal", "Caron", "Picard", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix",
        "Olivier", "Bourgeois", "Benoît", "Rey", "Leclerc", "Rolland", "Lecomte", "Dupuy", "Guillot", "Hubert",
        "Berger", "Carpentier", "Dupuis", "Moulin", "Deschamps", "Huet", "Vasseur", "Boucher", "Fleury", "Royer",
        "Jacquet", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charpentier", "Ménard", "Maillard", "Baron",
        "Bertin", "Bailly", "Hervé", "Le Gall", "Collet", "Léger", "Bouvier", "Prévost", "Perrot", "Cousin",
        "Germain", "Besson", "Pelletier", "Perrier", "Lebrun", "Mallet", "Monnier", "Michaud", "Chauvin", "Perret",
    };

    static final String[] MALE_FIRST_NAMES = {
        "Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Christophe", "Laurent", "Stéphane", "Julien",
        "Sébastien", "Thomas", "Antoine", "François", "Olivier", "Éric", "David", "Frédéric", "Mathieu", "Hugo",
        "Lucas", "Maxime", "Romain", "Patrick", "Didier", "Jérôme", "Guillaume", "Vincent", "Benoît", "Bruno",
    };

    static final String[] FEMALE_FIRST_NAMES = {
        "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Claire", "Sophie", "Christine", "Valérie",
        "Sandrine", "Céline", "Aurélie", "Émilie", "Julie", "Camille", "Léa", "Chloé", "Manon", "Sarah", "Élodie",
        "Anne", "Hélène", "Véronique", "Laure", "Caroline", "Agnès", "Martine", "Françoise", "Brigitte", "Pauline",
    };

    /** Trades that buy from an industrial supplier, written as they appear on a shop sign. */
    static final String[] TRADES = {
        "Boulangerie", "Boucherie", "Menuiserie", "Plomberie", "Électricité", "Transports", "Garage", "Imprimerie",
        "Pâtisserie", "Charcuterie", "Maçonnerie", "Carrosserie", "Serrurerie", "Chaudronnerie", "Fromagerie",
        "Quincaillerie", "Ébénisterie", "Peinture", "Couverture", "Paysages", "Atelier", "Restaurant", "Hôtel",
        "Brasserie", "Traiteur", "Métallerie", "Climatisation", "Nettoyage", "Ambulances", "Taxis", "Charpente",
        "Pharmacie", "Librairie", "Cave", "Fleurs", "Mécanique", "Isolation", "Terrassement", "Cabinet", "Carrelage",
    };

    /** For trade names such as "Garage du Centre", common in every French town. */
    static final String[] PLACES = {
        "du Centre", "de la Gare", "du Marché", "du Lac", "des Alpes", "du Port", "de la Place", "du Pont",
        "des Halles", "du Rhône", "de la Vallée", "du Parc", "des Cèdres", "de l'Avenue", "du Midi", "des Monts",
    };

    static final String[] STREETS = {
        "rue des Tanneurs", "avenue Jean Jaurès", "boulevard Gambetta", "rue de la République", "rue Victor Hugo",
        "place du Marché", "chemin des Vignes", "allée des Tilleuls", "impasse des Lilas", "rue Pasteur",
        "rue du Général de Gaulle", "avenue de la Libération", "rue Émile Zola", "rue des Acacias", "rue du Stade",
        "rue de l'Industrie", "rue des Artisans", "avenue des Frères Lumière", "rue Édouard Herriot",
        "rue de la Paix", "rue Nationale", "route de Lyon", "rue du Moulin", "chemin du Bois", "rue des Écoles",
        "avenue Foch", "rue Carnot", "boulevard de la Liberté", "rue Paul Bert", "rue des Jardins",
        "quai du Canal", "rue de la Gare", "rue Jules Ferry", "avenue Georges Pompidou", "rue Voltaire",
        "rue des Forges", "rue de la Poste", "avenue du 8 Mai 1945", "rue Jean Moulin", "rue des Peupliers",
    };

    /** Business parks: where most of the B2B customers actually receive their mail. */
    static final String[] BUSINESS_BUILDINGS = {
        "ZI des Fontaines", "ZA du Moulin", "Parc d'activités des Chênes", "ZAC de la Gare", "ZI Nord",
        "Zone artisanale Les Bruyères", "Parc d'activités du Levant", "ZI de la Plaine", "Immeuble Le Forum",
        "Bâtiment B", "Bâtiment C, 2e étage", "Espace Entreprises", "Pôle artisanal des Granges",
    };

    static final String[] HOME_BUILDINGS = {
        "Résidence Les Tilleuls", "Résidence du Parc", "Bât. C", "Le Clos des Vignes", "Résidence Bellevue",
        "Les Jardins du Lac", "Bât. A, escalier 2",
    };

    static final String[] ACCOUNTING_RECIPIENTS = {
        "Service comptabilité", "Service comptabilité", "Service comptabilité fournisseurs",
        "Direction administrative et financière",
    };

    static final String[] DISPUTE_REASONS = {
        "Marchandise livrée endommagée", "Quantité facturée contestée", "Prix non conforme au devis",
        "Livraison incomplète", "Prestation non réalisée", "Facture reçue en double",
        "Bon de commande non reçu", "Produit non conforme à la commande", "Remise commerciale non appliquée",
        "Retard de livraison, pénalités réclamées",
    };

    static final String[] CONSUMER_MAIL_DOMAINS = {
        "orange.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "hotmail.fr", "yahoo.fr",
    };

    static final String[] SMALL_BUSINESS_MAIL_DOMAINS = {"orange.fr", "wanadoo.fr", "free.fr", "gmail.com"};

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private DemoNames() {
    }

    static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static City city(SplittableRandom random) {
        int ticket = random.nextInt(CITY_WEIGHT_TOTAL);
        for (City city : CITIES) {
            ticket -= city.weight();
            if (ticket < 0) {
                return city;
            }
        }
        throw new AssertionError("city weights");
    }

    /** "12 rue des Tanneurs", now and then "3 bis avenue Foch". */
    static String street(SplittableRandom random) {
        int number = 1 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 160);
        String suffix = random.nextInt(25) == 0 ? " bis" : "";
        return number + suffix + " " + pick(random, STREETS);
    }

    /** "04 72 18 45 09": the area digit follows the city so a Lyon customer has a 04 number. */
    static String landline(SplittableRandom random, char area) {
        return phone(random, "0" + area);
    }

    static String mobile(SplittableRandom random) {
        return phone(random, random.nextInt(3) == 0 ? "07" : "06");
    }

    private static String phone(SplittableRandom random, String prefix) {
        StringBuilder phone = new StringBuilder(14).append(prefix);
        for (int pair = 0; pair < 4; pair++) {
            int value = random.nextInt(100);
            phone.append(' ').append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
        }
        return phone.toString();
    }

    /** "Lefèvre" becomes "lefevre", "Le Gall" "legall": what mail servers and accounting codes accept. */
    static String asciiLower(String text) {
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return stripped.toLowerCase(Locale.ROOT).replace("'", "").replace(" ", "");
    }

    /** "Garage du Centre" becomes "garage-du-centre", for a web domain. */
    static String slug(String text) {
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }

    /** Upper-case ASCII letters only, at most {@code max} of them: the key part of a "411MOREAU" account code. */
    static String accountKey(String text, int max) {
        String letters = asciiLower(text).replaceAll("[^a-z]", "").toUpperCase(Locale.ROOT);
        return letters.length() <= max ? letters : letters.substring(0, max);
    }
}
