"""sarama and sarama-cluster for translated programs (docs/kafka.md).

`MODULES` maps each Go import path implemented here to its Python module; both import
paths of sarama name one module. The modules themselves are imported only by programs
that use them.
"""

MODULES: dict[str, str] = {
    "github.com/IBM/sarama": "sarama",
    "github.com/Shopify/sarama": "sarama",
    "github.com/bsm/sarama-cluster": "cluster",
}
