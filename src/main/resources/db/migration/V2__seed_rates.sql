-- Rates table from the domain reference (section 4): ECB main refinancing rate and the legal interest rates.
INSERT INTO half_year_rate (rate_year, rate_half, ecb_rate, legal_rate_private, legal_rate_other) VALUES
    (2023, 1, 2.50, 4.47, 2.06),
    (2023, 2, 4.00, 6.82, 4.22),
    (2024, 1, 4.50, 8.01, 5.07),
    (2024, 2, 4.25, 8.16, 4.92),
    (2025, 1, 3.15, 7.21, 3.71),
    (2025, 2, 2.15, 6.65, 2.76),
    (2026, 1, 2.15, 6.67, 2.62);
