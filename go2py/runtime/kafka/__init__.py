"""sarama and sarama-cluster for translated programs."""
