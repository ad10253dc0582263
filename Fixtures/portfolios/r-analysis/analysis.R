library(ggplot2)
suppressMessages(require("readr"))

lifestyle <- readr::read_csv("students.csv")
active <- dplyr::filter(lifestyle, hours > 2)
ggplot(active, aes(x = hours)) + geom_histogram()
