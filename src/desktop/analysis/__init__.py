"""KPI series across reports and year-to-year comparisons (pandas, imported lazily)."""
