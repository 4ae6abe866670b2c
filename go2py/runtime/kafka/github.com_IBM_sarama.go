// Package sarama declares the subset of github.com/IBM/sarama (formerly
// github.com/Shopify/sarama; both import paths name this one package) that go2py
// implements over its Kafka backends: configuration, clients, consumers, producers,
// consumer groups and the cluster admin. See docs/kafka.md.
// go2py:import github.com/IBM/sarama
// go2py:import github.com/Shopify/sarama
package sarama

import (
	"context"
	"time"
)

// ---------------------------------------------------------------- configuration

type RequiredAcks int16

const (
	NoResponse   RequiredAcks = 0
	WaitForLocal RequiredAcks = 1
	WaitForAll   RequiredAcks = -1
)

const (
	OffsetNewest int64 = -1
	OffsetOldest int64 = -2
)

type CompressionCodec int8

const (
	CompressionNone   CompressionCodec = 0
	CompressionGZIP   CompressionCodec = 1
	CompressionSnappy CompressionCodec = 2
	CompressionLZ4    CompressionCodec = 3
	CompressionZSTD   CompressionCodec = 4
)

const CompressionLevelDefault = -1000

type IsolationLevel int8

const (
	ReadUncommitted IsolationLevel = iota
	ReadCommitted
)

type KafkaVersion struct {
	_ [0]func()
}

func ParseKafkaVersion(s string) (KafkaVersion, error)
func (v KafkaVersion) IsAtLeast(other KafkaVersion) bool
func (v KafkaVersion) String() string

var (
	V0_8_2_0       KafkaVersion
	V0_9_0_0       KafkaVersion
	V0_10_0_0      KafkaVersion
	V0_10_2_0      KafkaVersion
	V0_11_0_0      KafkaVersion
	V1_0_0_0       KafkaVersion
	V2_0_0_0       KafkaVersion
	V2_1_0_0       KafkaVersion
	V2_8_0_0       KafkaVersion
	V3_0_0_0       KafkaVersion
	DefaultVersion KafkaVersion
	MaxVersion     KafkaVersion
)

type BalanceStrategy interface {
	Name() string
}

func NewBalanceStrategyRange() BalanceStrategy
func NewBalanceStrategyRoundRobin() BalanceStrategy
func NewBalanceStrategySticky() BalanceStrategy

var (
	BalanceStrategyRange      BalanceStrategy
	BalanceStrategyRoundRobin BalanceStrategy
	BalanceStrategySticky     BalanceStrategy
)

type Config struct {
	Admin struct {
		Retry struct {
			Max     int
			Backoff time.Duration
		}
		Timeout time.Duration
	}
	Net struct {
		MaxOpenRequests int
		DialTimeout     time.Duration
		ReadTimeout     time.Duration
		WriteTimeout    time.Duration
		TLS             struct {
			Enable bool
		}
		SASL struct {
			Enable    bool
			Mechanism SASLMechanism
			Handshake bool
			User      string
			Password  string
		}
		KeepAlive time.Duration
	}
	Metadata struct {
		Retry struct {
			Max     int
			Backoff time.Duration
		}
		RefreshFrequency       time.Duration
		Full                   bool
		Timeout                time.Duration
		AllowAutoTopicCreation bool
	}
	Producer struct {
		MaxMessageBytes  int
		RequiredAcks     RequiredAcks
		Timeout          time.Duration
		Compression      CompressionCodec
		CompressionLevel int
		Partitioner      PartitionerConstructor
		Idempotent       bool
		Return           struct {
			Successes bool
			Errors    bool
		}
		Flush struct {
			Bytes       int
			Messages    int
			Frequency   time.Duration
			MaxMessages int
		}
		Retry struct {
			Max     int
			Backoff time.Duration
		}
	}
	Consumer struct {
		Group struct {
			Session struct {
				Timeout time.Duration
			}
			Heartbeat struct {
				Interval time.Duration
			}
			Rebalance struct {
				Strategy        BalanceStrategy
				GroupStrategies []BalanceStrategy
				Timeout         time.Duration
				Retry           struct {
					Max     int
					Backoff time.Duration
				}
			}
			InstanceId          string
			ResetInvalidOffsets bool
		}
		Retry struct {
			Backoff time.Duration
		}
		Fetch struct {
			Min      int32
			Default  int32
			Max      int32
			MaxBytes int32
		}
		MaxWaitTime       time.Duration
		MaxProcessingTime time.Duration
		Return            struct {
			Errors bool
		}
		Offsets struct {
			CommitInterval time.Duration
			AutoCommit     struct {
				Enable   bool
				Interval time.Duration
			}
			Initial   int64
			Retention time.Duration
			Retry     struct {
				Max int
			}
		}
		IsolationLevel IsolationLevel
	}
	ClientID          string
	RackID            string
	ChannelBufferSize int
	Version           KafkaVersion
	_                 [0]func()
}

type SASLMechanism string

func NewConfig() *Config
func (c *Config) Validate() error

// ---------------------------------------------------------------- errors

type ConfigurationError string

func (err ConfigurationError) Error() string

type KError int16

func (err KError) Error() string

const (
	ErrNoError                 KError = 0
	ErrUnknown                 KError = -1
	ErrOffsetOutOfRange        KError = 1
	ErrUnknownTopicOrPartition KError = 3
	ErrNotLeaderForPartition   KError = 6
	ErrRequestTimedOut         KError = 7
	ErrMessageSizeTooLarge     KError = 10
	ErrInvalidTopic            KError = 17
	ErrRebalanceInProgress     KError = 27
	ErrTopicAlreadyExists      KError = 36
	ErrInvalidPartitions       KError = 37
)

var (
	ErrOutOfBrokers        error
	ErrClosedClient        error
	ErrShuttingDown        error
	ErrInvalidPartition    error
	ErrMessageTooLarge     error
	ErrClosedConsumerGroup error
	ErrControllerNotAvailable error
)

type ProducerError struct {
	Msg *ProducerMessage
	Err error
}

func (pe ProducerError) Error() string
func (pe ProducerError) Unwrap() error

type ProducerErrors []*ProducerError

func (pe ProducerErrors) Error() string

type ConsumerError struct {
	Topic     string
	Partition int32
	Err       error
}

func (ce ConsumerError) Error() string
func (ce ConsumerError) Unwrap() error

type ConsumerErrors []*ConsumerError

func (ce ConsumerErrors) Error() string

// ---------------------------------------------------------------- messages

type Encoder interface {
	Encode() ([]byte, error)
	Length() int
}

type StringEncoder string

func (s StringEncoder) Encode() ([]byte, error)
func (s StringEncoder) Length() int

type ByteEncoder []byte

func (b ByteEncoder) Encode() ([]byte, error)
func (b ByteEncoder) Length() int

type RecordHeader struct {
	Key   []byte
	Value []byte
}

type ProducerMessage struct {
	Topic     string
	Key       Encoder
	Value     Encoder
	Headers   []RecordHeader
	Metadata  interface{}
	Offset    int64
	Partition int32
	Timestamp time.Time
	_         int
}

func (m *ProducerMessage) ByteSize(version int) int

type ConsumerMessage struct {
	Headers        []*RecordHeader
	Timestamp      time.Time
	BlockTimestamp time.Time
	Key, Value     []byte
	Topic          string
	Partition      int32
	Offset         int64
}

// ---------------------------------------------------------------- partitioners

type Partitioner interface {
	Partition(message *ProducerMessage, numPartitions int32) (int32, error)
	RequiresConsistency() bool
}

type PartitionerConstructor func(topic string) Partitioner

func NewHashPartitioner(topic string) Partitioner
func NewRandomPartitioner(topic string) Partitioner
func NewRoundRobinPartitioner(topic string) Partitioner
func NewManualPartitioner(topic string) Partitioner
func NewReferenceHashPartitioner(topic string) Partitioner

// ---------------------------------------------------------------- client

type Client interface {
	Config() *Config
	Topics() ([]string, error)
	Partitions(topic string) ([]int32, error)
	WritablePartitions(topic string) ([]int32, error)
	RefreshMetadata(topics ...string) error
	GetOffset(topic string, partitionID int32, time int64) (int64, error)
	Close() error
	Closed() bool
}

func NewClient(addrs []string, conf *Config) (Client, error)

// ---------------------------------------------------------------- consumer

type Consumer interface {
	Topics() ([]string, error)
	Partitions(topic string) ([]int32, error)
	ConsumePartition(topic string, partition int32, offset int64) (PartitionConsumer, error)
	HighWaterMarks() map[string]map[int32]int64
	Close() error
	Pause(topicPartitions map[string][]int32)
	Resume(topicPartitions map[string][]int32)
	PauseAll()
	ResumeAll()
}

type PartitionConsumer interface {
	AsyncClose()
	Close() error
	Messages() <-chan *ConsumerMessage
	Errors() <-chan *ConsumerError
	HighWaterMarkOffset() int64
	Pause()
	Resume()
	IsPaused() bool
}

func NewConsumer(addrs []string, config *Config) (Consumer, error)
func NewConsumerFromClient(client Client) (Consumer, error)

// ---------------------------------------------------------------- producers

type SyncProducer interface {
	SendMessage(msg *ProducerMessage) (partition int32, offset int64, err error)
	SendMessages(msgs []*ProducerMessage) error
	Close() error
}

type AsyncProducer interface {
	AsyncClose()
	Close() error
	Input() chan<- *ProducerMessage
	Successes() <-chan *ProducerMessage
	Errors() <-chan *ProducerError
}

func NewSyncProducer(addrs []string, config *Config) (SyncProducer, error)
func NewSyncProducerFromClient(client Client) (SyncProducer, error)
func NewAsyncProducer(addrs []string, conf *Config) (AsyncProducer, error)
func NewAsyncProducerFromClient(client Client) (AsyncProducer, error)

// ---------------------------------------------------------------- consumer groups

type ConsumerGroup interface {
	Consume(ctx context.Context, topics []string, handler ConsumerGroupHandler) error
	Errors() <-chan error
	Close() error
	Pause(partitions map[string][]int32)
	Resume(partitions map[string][]int32)
	PauseAll()
	ResumeAll()
}

type ConsumerGroupSession interface {
	Claims() map[string][]int32
	MemberID() string
	GenerationID() int32
	MarkOffset(topic string, partition int32, offset int64, metadata string)
	Commit()
	ResetOffset(topic string, partition int32, offset int64, metadata string)
	MarkMessage(msg *ConsumerMessage, metadata string)
	Context() context.Context
}

type ConsumerGroupClaim interface {
	Topic() string
	Partition() int32
	InitialOffset() int64
	HighWaterMarkOffset() int64
	Messages() <-chan *ConsumerMessage
}

type ConsumerGroupHandler interface {
	Setup(ConsumerGroupSession) error
	Cleanup(ConsumerGroupSession) error
	ConsumeClaim(ConsumerGroupSession, ConsumerGroupClaim) error
}

func NewConsumerGroup(addrs []string, groupID string, config *Config) (ConsumerGroup, error)
func NewConsumerGroupFromClient(groupID string, client Client) (ConsumerGroup, error)

// ---------------------------------------------------------------- admin

type TopicDetail struct {
	NumPartitions     int32
	ReplicationFactor int16
	ReplicaAssignment map[int32][]int32
	ConfigEntries     map[string]*string
}

type ClusterAdmin interface {
	CreateTopic(topic string, detail *TopicDetail, validateOnly bool) error
	ListTopics() (map[string]TopicDetail, error)
	DeleteTopic(topic string) error
	Close() error
}

func NewClusterAdmin(addrs []string, conf *Config) (ClusterAdmin, error)
func NewClusterAdminFromClient(client Client) (ClusterAdmin, error)
