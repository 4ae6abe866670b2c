package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd?>"} {
		fmt.Println(base64.StdEncoding.EncodeToString([]byte(s)), base64.URLEncoding.EncodeToString([]byte(s)),
			base64.RawStdEncoding.EncodeToString([]byte(s)), base64.RawURLEncoding.EncodeToString([]byte(s)),
			base64.StdEncoding.EncodedLen(len(s)), base64.RawStdEncoding.EncodedLen(len(s)), hex.EncodeToString([]byte(s)))
	}
	for _, s := range []string{"Zm9vYmFy", "Zm9vYg==", "Zm9vYg=", "Zm9vYg", "Zm9v!mFy", "Zm9\nvYmFy", "Zg==Zg==", "=", "Zh==", "Z", "Zm9vYg==x", "-_-_", "_-8="} {
		b, err := base64.StdEncoding.DecodeString(s)
		fmt.Printf("%q %v | ", b, err)
		b, err = base64.RawURLEncoding.DecodeString(s)
		fmt.Printf("%q %v | ", b, err)
		b, err = base64.StdEncoding.Strict().DecodeString(s)
		fmt.Printf("%q %v\n", b, err)
	}
	for _, s := range []string{"48656c6c6f", "4865Z", "486", "zz", "48656C6C6F", ""} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q %v\n", b, err)
	}
	fmt.Print(hex.Dump([]byte("Hello, Gophers! 0123456789 \x00\x01\xff")))
	dst := make([]byte, hex.EncodedLen(3))
	fmt.Println(hex.Encode(dst, []byte{1, 171, 255}), string(dst))
}
