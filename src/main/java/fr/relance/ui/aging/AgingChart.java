package fr.relance.ui.aging;

import fr.relance.domain.AgingBucket;
import fr.relance.domain.AgingRow;
import fr.relance.text.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TitledPane;

/** The top debtors' balances stacked by bucket, in a pane the controller can fold away. */
final class AgingChart extends TitledPane {

    private static final int NAME_LENGTH = 22;

    private final StackedBarChart<String, Number> chart;

    AgingChart(ObservableList<AgingRow> topDebtors, Messages messages) {
        setId("agingChartPane");
        setText(messages.get("aging.chart.title"));
        setExpanded(true);
        setAnimated(false);
        CategoryAxis debtors = new CategoryAxis();
        NumberAxis amounts = new NumberAxis();
        chart = new StackedBarChart<>(debtors, amounts);
        chart.setId("agingChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(230);
        chart.setMinHeight(180);
        chart.setCategoryGap(14);
        for (AgingBucket bucket : AgingBucket.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(messages.get("aging.bucket." + bucket.name()));
            chart.getData().add(series);
        }
        setContent(chart);
        topDebtors.addListener((ListChangeListener<AgingRow>) change -> show(List.copyOf(topDebtors)));
        show(List.copyOf(topDebtors));
    }

    private void show(List<AgingRow> rows) {
        Set<String> seen = new HashSet<>();
        List<String> names = rows.stream().map(row -> {
            String name = row.debtorName().length() > NAME_LENGTH
                    ? row.debtorName().substring(0, NAME_LENGTH - 1) + "…" : row.debtorName();
            return seen.add(name) ? name : name + " #" + row.debtorId(); // categories must differ
        }).toList();
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(names);
        AgingBucket[] buckets = AgingBucket.values();
        for (int b = 0; b < buckets.length; b++) {
            AgingBucket bucket = buckets[b];
            XYChart.Series<String, Number> series = chart.getData().get(b);
            series.getData().clear();
            for (int r = 0; r < rows.size(); r++) {
                // Stacked bars do not mix signs well: a bucket reduced below zero by a credit note shows as zero.
                double amount = Math.max(0, rows.get(r).bucket(bucket).doubleValue());
                series.getData().add(new XYChart.Data<>(names.get(r), amount));
            }
        }
    }
}
