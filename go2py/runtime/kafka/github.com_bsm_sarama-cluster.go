// Package cluster declares the subset of github.com/bsm/sarama-cluster that go2py
// implements over its Kafka backends: the group consumer in multiplexed mode, its
// configuration and its rebalance notifications. See docs/kafka.md.
// go2py:import github.com/bsm/sarama-cluster
package cluster

import (
	"github.com/Shopify/sarama"
	"time"
)

type Strategy string

const (
	StrategyRange      Strategy = "range"
	StrategyRoundRobin Strategy = "roundrobin"
)

type ConsumerMode uint8

const (
	ConsumerModeMultiplex ConsumerMode = iota
	ConsumerModePartitions
)

type Config struct {
	sarama.Config
	Group struct {
		PartitionStrategy Strategy
		Mode              ConsumerMode
		Offsets           struct {
			Retry struct {
				Max int
			}
			Synchronization struct {
				DwellTime time.Duration
			}
		}
		Session struct {
			Timeout time.Duration
		}
		Heartbeat struct {
			Interval time.Duration
		}
		Return struct {
			Notifications bool
		}
		Member struct {
			UserData []byte
		}
	}
	_ [0]func()
}

func NewConfig() *Config
func (c *Config) Validate() error

type NotificationType uint8

const (
	UnknownNotification NotificationType = iota
	RebalanceStart
	RebalanceOK
	RebalanceError
)

func (t NotificationType) String() string

type Notification struct {
	Type     NotificationType
	Claimed  map[string][]int32
	Released map[string][]int32
	Current  map[string][]int32
}

type Consumer struct {
	_ [0]func()
}

func NewConsumer(addrs []string, groupID string, topics []string, config *Config) (*Consumer, error)
func (c *Consumer) Messages() <-chan *sarama.ConsumerMessage
func (c *Consumer) Errors() <-chan error
func (c *Consumer) Notifications() <-chan *Notification
func (c *Consumer) HighWaterMarks() map[string]map[int32]int64
func (c *Consumer) MarkOffset(msg *sarama.ConsumerMessage, metadata string)
func (c *Consumer) MarkPartitionOffset(topic string, partition int32, offset int64, metadata string)
func (c *Consumer) ResetOffset(msg *sarama.ConsumerMessage, metadata string)
func (c *Consumer) ResetPartitionOffset(topic string, partition int32, offset int64, metadata string)
func (c *Consumer) Subscriptions() map[string][]int32
func (c *Consumer) CommitOffsets() error
func (c *Consumer) Close() (err error)
