package fr.relance.demo;

import fr.relance.domain.Allocation;
import fr.relance.domain.Company;
import fr.relance.domain.Contact;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Payment;
import fr.relance.domain.PostalAddress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Generates a realistic receivables ledger of a French SME for demos and benchmarks: B2B and consumer debtors,
 * 18 months of invoices, payments that follow each debtor's habits, partial payments, credit notes and disputes.
 * Pure and deterministic: the same size, as-of date and seed always give an equal ledger.
 */
public final class DemoLedgerGenerator {

    private static final int HISTORY_MONTHS = 18;
    private static final double CONSUMER_SHARE = 0.15;
    private static final double CREDIT_NOTE_SHARE = 0.03;
    private static final double DISPUTE_SHARE = 0.01;
    /** About half of the 18 months: the "recent" invoices, where most open disputes are. */
    private static final int RECENT_DAYS = 270;

    public DemoLedger generate(DemoSize size, LocalDate asOf, long seed) {
        return generate(size, asOf, seed, DemoProgress.NONE, () -> false);
    }

    /**
     * @param progress  told about every 1% of the invoice rows
     * @param cancelled polled as often as progress is told; when it answers true the generation stops with a
     *                  {@link CancellationException}
     */
    public DemoLedger generate(DemoSize size, LocalDate asOf, long seed, DemoProgress progress,
                               BooleanSupplier cancelled) {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        return new Run(size, asOf, seed, progress, cancelled).execute();
    }

    /** How a debtor pays: the mix a credit controller actually faces. */
    private enum Profile {
        GOOD, LATE, BAD, VERY_BAD
    }

    /** What decides a debtor's invoices and payments; kept only while generating. */
    private static final class Traits {
        DebtorKind kind;
        Profile profile;
        int termDays;
        String method;
        double amountScale;
        double weight;
        long firstDay;
        long lastDay;
        /** Very bad payers pay nothing from this day on. */
        long stopDay = Long.MAX_VALUE;
    }

    /** The parts of a credit note decided with its invoice and written once all invoices are numbered. */
    private static final class CreditNotePlan {
        final long[] invoiceIds;
        final int[] debtorIndexes;
        final long[] days;
        final long[] cents;
        final int[] vatIndexes;
        int count;

        CreditNotePlan(int capacity) {
            invoiceIds = new long[capacity];
            debtorIndexes = new int[capacity];
            days = new long[capacity];
            cents = new long[capacity];
            vatIndexes = new int[capacity];
        }

        void add(long invoiceId, int debtorIndex, long day, long amountCents, int vatIndex) {
            invoiceIds[count] = invoiceId;
            debtorIndexes[count] = debtorIndex;
            days[count] = day;
            cents[count] = amountCents;
            vatIndexes[count] = vatIndex;
            count++;
        }
    }

    private record BusinessName(String name, String accountKey, String domain, String family) {
    }

    /** One generation: holds the random source and the lists being filled. */
    private static final class Run {

        private static final BigDecimal[] VAT_FACTORS = {
            new BigDecimal("1.20"), new BigDecimal("1.10"), new BigDecimal("1.055"),
        };
        private static final long LOW_32_BITS = 0xFFFF_FFFFL;

        private final SplittableRandom random;
        private final DemoSize size;
        private final long asOfDay;
        private final long historyStartDay;
        private final DemoProgress progress;
        private final BooleanSupplier cancelled;
        private final long total;
        private final long progressStep;
        private long done;

        private final List<Debtor> debtors;
        private final List<Contact> contacts;
        private final List<Invoice> invoices;
        private final List<Payment> payments;
        private final List<Allocation> allocations;
        private final Traits[] traits;

        Run(DemoSize size, LocalDate asOf, long seed, DemoProgress progress, BooleanSupplier cancelled) {
            this.random = new SplittableRandom(seed);
            this.size = size;
            this.asOfDay = asOf.toEpochDay();
            this.historyStartDay = asOf.minusMonths(HISTORY_MONTHS).toEpochDay() + 1;
            this.progress = progress;
            this.cancelled = cancelled;
            this.total = size.invoices();
            this.progressStep = Math.max(1, total / 100);
            this.debtors = new ArrayList<>(size.debtors());
            this.contacts = new ArrayList<>(size.debtors() * 2);
            this.invoices = new ArrayList<>(size.invoices());
            this.payments = new ArrayList<>(size.invoices());
            this.allocations = new ArrayList<>(size.invoices() + size.invoices() / 8);
            this.traits = new Traits[size.debtors()];
        }

        DemoLedger execute() {
            checkCancelled();
            Set<String> sirens = new HashSet<>();
            Company company = company(sirens);
            createDebtors(sirens);
            checkCancelled();
            int creditNotes = (int) Math.min(Math.round(total * CREDIT_NOTE_SHARE), total - size.debtors());
            CreditNotePlan plan = new CreditNotePlan(creditNotes);
            createInvoices(invoiceSlots(size.invoices() - creditNotes), plan);
            createCreditNotes(plan, size.invoices() - creditNotes);
            return new DemoLedger(company, debtors, contacts, invoices, payments, allocations);
        }

        // ---- the creditor ----

        private Company company(Set<String> sirens) {
            String siren = newSiren(sirens);
            String siretWithoutKey = siren + "0001";
            String siret = siretWithoutKey + luhnCheckDigit(siretWithoutKey);
            String account = "0000" + digits(7);
            return new Company("Rhodanienne de Fournitures Techniques", "SAS", new BigDecimal("150000.00"), siren,
                    siret, vatNumber(siren), "Lyon", "118 avenue Félix Faure", "Bâtiment C", "69003", "Lyon",
                    "04 72 34 56 78", "comptabilite@rft-lyon.fr", frenchIban("30002", "00550", account),
                    "CRLYFRPP", "Claire Vasseur", "Directrice administrative et financière", null, null);
        }

        // ---- debtors and contacts ----

        private void createDebtors(Set<String> sirens) {
            int count = size.debtors();
            int[] kinds = shuffledCategories(count, 1 - CONSUMER_SHARE, CONSUMER_SHARE);
            int[] profiles = shuffledCategories(count, 0.55, 0.30, 0.12, 0.03);
            Set<String> names = new HashSet<>();
            Set<String> accountCodes = new HashSet<>();
            for (int index = 0; index < count; index++) {
                Traits debtorTraits = new Traits();
                debtorTraits.kind = kinds[index] == 0 ? DebtorKind.B2B : DebtorKind.CONSUMER;
                debtorTraits.profile = Profile.values()[profiles[index]];
                traits[index] = debtorTraits;
                long id = index + 1L;
                if (debtorTraits.kind == DebtorKind.B2B) {
                    createCompanyDebtor(id, debtorTraits, names, accountCodes, sirens);
                } else {
                    createConsumer(id, debtorTraits, names);
                }
            }
        }

        private void createCompanyDebtor(long id, Traits debtorTraits, Set<String> names, Set<String> accountCodes,
                                         Set<String> sirens) {
            DemoNames.City city = DemoNames.city(random);
            BusinessName business = businessName(city);
            for (int attempt = 0; attempt < 20 && names.contains(business.name()); attempt++) {
                business = businessName(city);
            }
            names.add(business.name());
            String accountCode = "411" + business.accountKey();
            for (int suffix = 2; !accountCodes.add(accountCode); suffix++) {
                accountCode = "411" + business.accountKey() + suffix;
            }
            String siren = newSiren(sirens);
            String recipient = random.nextInt(100) < 35 ? DemoNames.pick(random, DemoNames.ACCOUNTING_RECIPIENTS) : null;
            String building = random.nextInt(100) < 35 ? DemoNames.pick(random, DemoNames.BUSINESS_BUILDINGS) : null;
            String locality = null;
            if (random.nextInt(100) < 10) {
                locality = random.nextBoolean() ? "BP " + (10 + random.nextInt(490)) : "CS " + (10000 + random.nextInt(80000));
            }
            PostalAddress address = new PostalAddress(recipient, building, DemoNames.street(random), locality,
                    city.postcode(), city.name(), "FR");
            debtors.add(new Debtor(id, accountCode, business.name(), DebtorKind.B2B, siren, vatNumber(siren), address,
                    "fr"));
            addCompanyContacts(id, business, city);

            int term = random.nextInt(10);
            debtorTraits.termDays = term < 5 ? 30 : term < 8 ? 45 : 60;
            int method = random.nextInt(100);
            if (debtorTraits.profile == Profile.GOOD) {
                debtorTraits.method = method < 15 ? "DIRECT_DEBIT" : method < 85 ? "TRANSFER" : "CHEQUE";
            } else {
                debtorTraits.method = method < 80 ? "TRANSFER" : "CHEQUE";
            }
            debtorTraits.amountScale = Math.exp(0.6 * random.nextGaussian());
            debtorTraits.weight = Math.exp(random.nextGaussian());
            businessWindow(debtorTraits);
        }

        /** "Boulangerie Moreau", "Transports Lefèvre SARL", "SAS Atelier Roux", "Garage du Centre"... */
        private BusinessName businessName(DemoNames.City city) {
            String family = DemoNames.pick(random, DemoNames.FAMILY_NAMES);
            String trade = DemoNames.pick(random, DemoNames.TRADES);
            int pattern = random.nextInt(100);
            String name;
            String base;
            String key = DemoNames.accountKey(family, 12);
            String owner = family;
            if (pattern < 30) {
                name = trade + " " + family;
                base = name;
            } else if (pattern < 50) {
                base = trade + " " + family;
                name = base + " " + (random.nextInt(3) == 0 ? "EURL" : random.nextBoolean() ? "SARL" : "SAS");
            } else if (pattern < 62) {
                base = trade + " " + family;
                name = base + (random.nextInt(3) == 0 ? " Frères" : " et Fils");
            } else if (pattern < 75) {
                base = trade + " " + family;
                name = "SAS " + base;
            } else if (pattern < 90) {
                // Every town has a "Garage du Centre": the city goes into the domain, the owner is anybody.
                name = trade + " " + DemoNames.pick(random, DemoNames.PLACES);
                base = name + " " + city.name();
                String place = name.substring(name.lastIndexOf(' ') + 1);
                key = DemoNames.accountKey(trade, 8) + DemoNames.accountKey(place.substring(place.indexOf('\'') + 1), 6);
                owner = DemoNames.pick(random, DemoNames.FAMILY_NAMES);
            } else {
                base = "Ets " + family;
                name = random.nextBoolean() ? base : "Établissements " + family;
            }
            String domain = random.nextInt(4) == 0
                    ? DemoNames.slug(base).replace('-', '.') + "@" + DemoNames.pick(random, DemoNames.SMALL_BUSINESS_MAIL_DOMAINS)
                    : DemoNames.slug(base) + ".fr";
            return new BusinessName(name, key, domain, owner);
        }

        /**
         * The manager always; in about half the companies an accounting clerk too, who is then the one to call.
         * A company on a webmail address has one mailbox for everybody.
         */
        private void addCompanyContacts(long debtorId, BusinessName business, DemoNames.City city) {
            boolean sharedMailbox = business.domain().contains("@");
            boolean female = random.nextInt(3) == 0;
            String first = firstName(female);
            String managerMail = sharedMailbox ? business.domain()
                    : DemoNames.asciiLower(first) + "." + DemoNames.asciiLower(business.family()) + "@" + business.domain();
            String managerName = civility(female) + first + " " + business.family();
            String managerRole = random.nextInt(4) == 0 ? (female ? "Directrice générale" : "Directeur général")
                    : female ? "Gérante" : "Gérant";
            if (random.nextInt(100) < 55) {
                boolean clerkFemale = random.nextInt(4) != 0;
                String clerkFirst = firstName(clerkFemale);
                String clerkFamily = DemoNames.pick(random, DemoNames.FAMILY_NAMES);
                String clerkMail = sharedMailbox ? business.domain()
                        : random.nextBoolean() ? "compta@" + business.domain()
                        : DemoNames.asciiLower(clerkFirst).charAt(0) + "." + DemoNames.asciiLower(clerkFamily) + "@"
                                + business.domain();
                String role = random.nextBoolean() ? "Comptabilité fournisseurs" : "Comptable";
                contacts.add(new Contact(contacts.size() + 1L, debtorId, civility(clerkFemale) + clerkFirst + " "
                        + clerkFamily, role, clerkMail, DemoNames.landline(random, city.phoneArea()), true));
                contacts.add(new Contact(contacts.size() + 1L, debtorId, managerName, managerRole, managerMail,
                        DemoNames.mobile(random), false));
            } else {
                contacts.add(new Contact(contacts.size() + 1L, debtorId, managerName, managerRole, managerMail,
                        DemoNames.landline(random, city.phoneArea()), true));
            }
        }

        private void createConsumer(long id, Traits debtorTraits, Set<String> names) {
            boolean female = random.nextBoolean();
            String first = firstName(female);
            String family = DemoNames.pick(random, DemoNames.FAMILY_NAMES);
            for (int attempt = 0; attempt < 10 && names.contains(civility(female) + first + " " + family); attempt++) {
                first = firstName(female);
                family = DemoNames.pick(random, DemoNames.FAMILY_NAMES);
            }
            String name = civility(female) + first + " " + family;
            names.add(name);
            DemoNames.City city = DemoNames.city(random);
            String building = random.nextInt(100) < 15 ? DemoNames.pick(random, DemoNames.HOME_BUILDINGS) : null;
            PostalAddress address = new PostalAddress(null, building, DemoNames.street(random), null,
                    city.postcode(), city.name(), "FR");
            debtors.add(new Debtor(id, "C" + pad6(id), name, DebtorKind.CONSUMER, null, null, address, "fr"));

            String firstAscii = DemoNames.asciiLower(first);
            String familyAscii = DemoNames.asciiLower(family);
            String local = switch (random.nextInt(4)) {
                case 0 -> firstAscii.charAt(0) + familyAscii;
                case 1 -> firstAscii + "." + familyAscii + (10 + random.nextInt(90));
                default -> firstAscii + "." + familyAscii;
            };
            String phone = random.nextInt(5) == 0 ? DemoNames.landline(random, city.phoneArea()) : DemoNames.mobile(random);
            contacts.add(new Contact(contacts.size() + 1L, id, name, null,
                    local + "@" + DemoNames.pick(random, DemoNames.CONSUMER_MAIL_DOMAINS), phone, true));

            debtorTraits.termDays = random.nextInt(10) < 6 ? 0 : 15;
            int method = random.nextInt(100);
            if (debtorTraits.profile == Profile.GOOD) {
                debtorTraits.method = method < 40 ? "CARD" : method < 60 ? "DIRECT_DEBIT" : method < 85 ? "TRANSFER" : "CHEQUE";
            } else {
                debtorTraits.method = method < 35 ? "CARD" : method < 70 ? "TRANSFER" : "CHEQUE";
            }
            debtorTraits.amountScale = Math.exp(0.3 * random.nextGaussian());
            debtorTraits.weight = 0.2 * Math.exp(0.4 * random.nextGaussian());
            // A household buys a few times over a few months, not steadily for 18 months.
            long span = asOfDay - historyStartDay;
            debtorTraits.firstDay = historyStartDay + random.nextLong(span + 1);
            debtorTraits.lastDay = Math.min(asOfDay, debtorTraits.firstDay + random.nextInt(121));
            veryBadStop(debtorTraits);
        }

        /** Most companies buy all along; some are new customers, some were lost along the way. */
        private void businessWindow(Traits debtorTraits) {
            long span = asOfDay - historyStartDay;
            debtorTraits.firstDay = historyStartDay;
            debtorTraits.lastDay = asOfDay;
            int shape = random.nextInt(100);
            if (shape < 20) {
                debtorTraits.firstDay = historyStartDay + (long) (span * 0.8 * random.nextDouble());
            } else if (shape < 30) {
                debtorTraits.lastDay = historyStartDay + (long) (span * (0.3 + 0.6 * random.nextDouble()));
            }
            veryBadStop(debtorTraits);
        }

        /** A very bad payer stopped paying months ago and was still delivered for a while after. */
        private void veryBadStop(Traits debtorTraits) {
            if (debtorTraits.profile != Profile.VERY_BAD) {
                return;
            }
            debtorTraits.stopDay = asOfDay - 90 - random.nextInt(150);
            debtorTraits.firstDay = Math.min(debtorTraits.firstDay, debtorTraits.stopDay - 60);
            debtorTraits.firstDay = Math.max(debtorTraits.firstDay, historyStartDay);
            debtorTraits.lastDay = Math.min(asOfDay, debtorTraits.stopDay + 30 + random.nextInt(60));
        }

        private String firstName(boolean female) {
            return DemoNames.pick(random, female ? DemoNames.FEMALE_FIRST_NAMES : DemoNames.MALE_FIRST_NAMES);
        }

        private static String civility(boolean female) {
            return female ? "Mme " : "M. ";
        }

        // ---- invoices, payments, credit notes ----

        /**
         * Each slot is one invoice: issue day in the high 32 bits, debtor index in the low ones, sorted so that
         * numbers run in date order as in a real invoicing system. Every debtor gets at least one invoice.
         */
        private long[] invoiceSlots(int count) {
            int debtorCount = traits.length;
            double[] cumulative = new double[debtorCount];
            double sum = 0;
            for (int index = 0; index < debtorCount; index++) {
                sum += traits[index].weight;
                cumulative[index] = sum;
            }
            long[] slots = new long[count];
            for (int slot = 0; slot < count; slot++) {
                int debtor = slot < debtorCount ? slot : weightedDebtor(cumulative, sum);
                slots[slot] = (issueDay(traits[debtor]) << 32) | debtor;
            }
            Arrays.sort(slots);
            return slots;
        }

        private int weightedDebtor(double[] cumulative, double sum) {
            int found = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            int index = found >= 0 ? found : -found - 1;
            return Math.min(index, cumulative.length - 1);
        }

        /** Invoices go out on working days: a weekend moves back to Friday, a holiday forward. */
        private long issueDay(Traits debtorTraits) {
            long day = debtorTraits.firstDay + random.nextLong(debtorTraits.lastDay - debtorTraits.firstDay + 1);
            int dayOfWeek = dayOfWeek(day);
            if (dayOfWeek >= 5) {
                long friday = day - (dayOfWeek - 4);
                day = friday >= historyStartDay ? friday : day + (7 - dayOfWeek);
            }
            return isFixedHoliday(day) ? Math.min(workingDayOnOrAfter(day), asOfDay) : day;
        }

        private void createInvoices(long[] slots, CreditNotePlan plan) {
            int year = -1;
            int sequence = 0;
            int creditsLeft = plan.invoiceIds.length;
            for (int slot = 0; slot < slots.length; slot++) {
                int debtor = (int) (slots[slot] & LOW_32_BITS);
                long issueDay = slots[slot] >>> 32;
                LocalDate issueDate = LocalDate.ofEpochDay(issueDay);
                if (issueDate.getYear() != year) {
                    year = issueDate.getYear();
                    sequence = 0;
                }
                String number = "FA-" + year + "-" + pad6(++sequence);
                Traits debtorTraits = traits[debtor];
                long dueDay = issueDay + debtorTraits.termDays;
                int vat = vatIndex();
                long amount = invoiceCents(debtorTraits);
                // Selection sampling: exactly the planned number of credit notes, spread evenly.
                boolean credited = random.nextInt(slots.length - slot) < creditsLeft;
                // Disputes get settled with time, so most of those still open are recent.
                double disputeChance = issueDay >= asOfDay - RECENT_DAYS ? DISPUTE_SHARE * 1.6 : DISPUTE_SHARE * 0.4;
                boolean disputed = !credited && random.nextDouble() < disputeChance;
                long id = slot + 1L;
                invoices.add(new Invoice(id, debtor + 1L, InvoiceKind.INVOICE, number, issueDate,
                        LocalDate.ofEpochDay(dueDay), exclVat(amount, vat), cents(amount), "EUR", disputed,
                        disputed ? DemoNames.pick(random, DemoNames.DISPUTE_REASONS) : null));
                long creditCents = 0;
                long creditDay = -1;
                if (credited) {
                    creditsLeft--;
                    creditCents = creditNoteCents(amount);
                    creditDay = Math.min(asOfDay, workingDayOnOrAfter(issueDay + 3 + random.nextInt(40)));
                    plan.add(id, debtor, creditDay, creditCents, vat);
                }
                if (!disputed) {
                    settle(id, number, debtor, issueDay, dueDay, amount - creditCents, creditDay);
                }
                advance();
            }
        }

        /** B2B mostly 200 to 15,000 EUR with a thin tail above; consumers 50 to 2,000 EUR. Log-normal-ish. */
        private long invoiceCents(Traits debtorTraits) {
            boolean b2b = debtorTraits.kind == DebtorKind.B2B;
            double median = (b2b ? 1400 : 260) * debtorTraits.amountScale;
            double sigma = b2b ? 0.9 : 0.7;
            double min = b2b ? 200 : 50;
            double max = b2b ? (random.nextInt(100) < 2 ? 45_000 : 15_000) : 2_000;
            double euros = median * Math.exp(sigma * random.nextGaussian());
            if (euros < min || euros > max) {
                euros = min + (max - min) * Math.pow(random.nextDouble(), 3);
            }
            return Math.round(euros * 100);
        }

        /** 20% mostly; 10% (catering, renovation) and 5.5% (food) now and then. */
        private int vatIndex() {
            int draw = random.nextInt(100);
            return draw < 88 ? 0 : draw < 96 ? 1 : 2;
        }

        /** A commercial gesture or returned goods: 5% to 50% of the invoice, often a round sum. */
        private long creditNoteCents(long invoiceCents) {
            long credit = Math.round(invoiceCents * (0.05 + 0.45 * random.nextDouble()));
            if (credit >= 1000 && random.nextBoolean()) {
                credit = credit / 100 * 100;
            }
            return Math.max(100, credit);
        }

        /** Pays the invoice, or part of it, or nothing, the way this debtor's profile pays. */
        private void settle(long invoiceId, String number, int debtor, long issueDay, long dueDay, long amount,
                            long creditDay) {
            Traits debtorTraits = traits[debtor];
            double draw = random.nextDouble();
            boolean partial = false;
            long payDay;
            switch (debtorTraits.profile) {
                case GOOD -> {
                    if (draw < 0.005) {
                        return; // forgotten: even good customers need a reminder now and then
                    }
                    payDay = draw < 0.03 ? dueDay + 20 + random.nextInt(40)
                            : "DIRECT_DEBIT".equals(debtorTraits.method) ? dueDay : dueDay - 5 + random.nextInt(13);
                }
                case LATE -> {
                    payDay = dueDay + 10 + (long) (80 * Math.pow(random.nextDouble(), 1.6));
                    partial = draw < 0.06;
                }
                case BAD -> {
                    if (draw < 0.35) {
                        return;
                    }
                    partial = draw < 0.55;
                    payDay = dueDay + 30 + random.nextInt(120);
                }
                case VERY_BAD -> {
                    payDay = dueDay + 20 + random.nextInt(100);
                    partial = draw < 0.15;
                }
                default -> throw new AssertionError(debtorTraits.profile);
            }
            // Nobody pays before being invoiced, and a credited invoice is paid net once the credit note is in.
            payDay = workingDayOnOrAfter(Math.max(payDay, Math.max(issueDay, creditDay + 1)));
            if (!canPay(debtorTraits, payDay)) {
                return;
            }
            if (!partial) {
                pay(invoiceId, number, debtor, amount, payDay, "");
                return;
            }
            long first = partialCents(amount);
            pay(invoiceId, number, debtor, first, payDay, " acompte");
            double settlesLater = debtorTraits.profile == Profile.LATE ? 0.8 : 0.3;
            if (random.nextDouble() < settlesLater) {
                long secondDay = workingDayOnOrAfter(payDay + 15 + random.nextInt(45));
                if (canPay(debtorTraits, secondDay)) {
                    pay(invoiceId, number, debtor, amount - first, secondDay, " solde");
                }
            }
        }

        /** Money after the as-of date has not arrived yet, so that invoice stays open. */
        private boolean canPay(Traits debtorTraits, long day) {
            return day <= asOfDay && day < debtorTraits.stopDay;
        }

        /** 30% to 70% of what is due, rounded the way people round a part payment. */
        private long partialCents(long amount) {
            long part = Math.round(amount * (0.3 + 0.4 * random.nextDouble()));
            part = amount >= 50_000 ? part / 5_000 * 5_000 : part / 100 * 100;
            if (part <= 0 || part >= amount) {
                part = Math.max(1, amount / 2);
            }
            return part;
        }

        private void pay(long invoiceId, String number, int debtor, long amountCents, long day, String note) {
            String method = traits[debtor].method;
            String reference = switch (method) {
                case "CHEQUE" -> "CHQ " + digits(7) + " " + number;
                case "CARD" -> "CB " + number;
                case "DIRECT_DEBIT" -> "PRLV SEPA " + number;
                default -> "VIR " + number;
            } + note;
            long paymentId = payments.size() + 1L;
            LocalDate receivedOn = LocalDate.ofEpochDay(day);
            BigDecimal amount = cents(amountCents);
            payments.add(new Payment(paymentId, debtor + 1L, receivedOn, amount, method, reference));
            allocations.add(new Allocation(allocations.size() + 1L, invoiceId, paymentId, null, amount, receivedOn));
        }

        /** Credit notes take the ids after the invoices and are numbered in date order, like the invoices. */
        private void createCreditNotes(CreditNotePlan plan, int invoiceCount) {
            long[] order = new long[plan.count];
            for (int index = 0; index < plan.count; index++) {
                order[index] = (plan.days[index] << 32) | index;
            }
            Arrays.sort(order);
            int year = -1;
            int sequence = 0;
            for (int position = 0; position < order.length; position++) {
                int index = (int) (order[position] & LOW_32_BITS);
                LocalDate issueDate = LocalDate.ofEpochDay(plan.days[index]);
                if (issueDate.getYear() != year) {
                    year = issueDate.getYear();
                    sequence = 0;
                }
                long id = invoiceCount + position + 1L;
                BigDecimal amount = cents(plan.cents[index]);
                invoices.add(new Invoice(id, plan.debtorIndexes[index] + 1L, InvoiceKind.CREDIT_NOTE,
                        "AV-" + year + "-" + pad6(++sequence), issueDate, issueDate,
                        exclVat(plan.cents[index], plan.vatIndexes[index]), amount, "EUR", false, null));
                allocations.add(new Allocation(allocations.size() + 1L, plan.invoiceIds[index], null, id, amount,
                        issueDate));
                advance();
            }
        }

        private void advance() {
            done++;
            if (done % progressStep == 0 || done == total) {
                checkCancelled();
                progress.advanced(done, total);
            }
        }

        private void checkCancelled() {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Demo ledger generation cancelled");
            }
        }

        // ---- small helpers ----

        /**
         * Spreads {@code count} items over categories in the given shares exactly (cumulative rounding), then
         * shuffles them, so even a small demo has its good, late and bad payers.
         */
        private int[] shuffledCategories(int count, double... shares) {
            int[] categories = new int[count];
            int filled = 0;
            double cumulative = 0;
            for (int category = 0; category < shares.length; category++) {
                cumulative += shares[category];
                int upTo = category == shares.length - 1 ? count : (int) Math.min(count, Math.round(count * cumulative));
                for (; filled < upTo; filled++) {
                    categories[filled] = category;
                }
            }
            for (int index = count - 1; index > 0; index--) {
                int other = random.nextInt(index + 1);
                int kept = categories[index];
                categories[index] = categories[other];
                categories[other] = kept;
            }
            return categories;
        }

        private String newSiren(Set<String> taken) {
            String siren;
            do {
                String body = (char) ('3' + random.nextInt(7)) + digits(7);
                siren = body + luhnCheckDigit(body);
            } while (!taken.add(siren));
            return siren;
        }

        private String digits(int count) {
            char[] digits = new char[count];
            for (int index = 0; index < count; index++) {
                digits[index] = (char) ('0' + random.nextInt(10));
            }
            return new String(digits);
        }

        /** Banks credit nothing and nobody invoices on weekends, 1 January, 1 May or Christmas. */
        private static long workingDayOnOrAfter(long day) {
            long working = day;
            while (dayOfWeek(working) >= 5 || isFixedHoliday(working)) {
                working++;
            }
            return working;
        }

        private static boolean isFixedHoliday(long epochDay) {
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            int monthDay = date.getMonthValue() * 100 + date.getDayOfMonth();
            return monthDay == 101 || monthDay == 501 || monthDay == 1225;
        }

        /** 0 = Monday ... 6 = Sunday; day 0 of the epoch was a Thursday. Avoids a LocalDate per draw. */
        private static int dayOfWeek(long epochDay) {
            return (int) Math.floorMod(epochDay + 3, 7L);
        }

        private static BigDecimal cents(long cents) {
            return BigDecimal.valueOf(cents, 2);
        }

        /** Excluding VAT = including VAT / (1 + rate), to the cent: how the ledger exports show it. */
        private static BigDecimal exclVat(long inclVatCents, int vatIndex) {
            return cents(inclVatCents).divide(VAT_FACTORS[vatIndex], 2, RoundingMode.HALF_UP);
        }

        private static String pad6(long value) {
            String text = Long.toString(value);
            return text.length() >= 6 ? text : "000000".substring(text.length()) + text;
        }
    }

    // ---- French identifiers, computed rather than copied so every demo company passes the checks ----

    /** The Luhn digit that makes {@code payload} followed by it valid, as SIREN and SIRET require. */
    static int luhnCheckDigit(String payload) {
        int sum = 0;
        boolean doubled = true;
        for (int index = payload.length() - 1; index >= 0; index--) {
            int digit = payload.charAt(index) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    /** FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97. */
    static String vatNumber(String siren) {
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return "FR" + (key < 10 ? "0" : "") + key + siren;
    }

    /** A French IBAN from bank, branch and numeric account: RIB key, then the ISO 13616 mod-97 check digits. */
    static String frenchIban(String bank, String branch, String account) {
        long ribRemainder = (89 * Long.parseLong(bank) + 15 * Long.parseLong(branch) + 3 * Long.parseLong(account)) % 97;
        long ribKey = 97 - ribRemainder;
        String bban = bank + branch + account + (ribKey < 10 ? "0" : "") + ribKey;
        // Move "FR00" to the end and read the letters as numbers: F = 15, R = 27.
        String numeric = bban + "152700";
        int remainder = 0;
        for (int index = 0; index < numeric.length(); index++) {
            remainder = (remainder * 10 + numeric.charAt(index) - '0') % 97;
        }
        int check = 98 - remainder;
        return "FR" + (check < 10 ? "0" : "") + check + bban;
    }
}
