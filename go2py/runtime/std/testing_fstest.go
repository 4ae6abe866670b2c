// Declarations of the API of Go's "testing/fstest" package for go2py's type checker
// (see docs/declarations.md). TestFS needs package testing, which go2py does not declare.

package fstest

import (
	"io/fs"
	"time"
)

type MapFS map[string]*MapFile

func (fsys MapFS) Glob(pattern string) ([]string, error)
func (fsys MapFS) Lstat(name string) (fs.FileInfo, error)
func (fsys MapFS) Open(name string) (fs.File, error)
func (fsys MapFS) ReadDir(name string) ([]fs.DirEntry, error)
func (fsys MapFS) ReadFile(name string) ([]byte, error)
func (fsys MapFS) ReadLink(name string) (string, error)
func (fsys MapFS) Stat(name string) (fs.FileInfo, error)
func (fsys MapFS) Sub(dir string) (fs.FS, error)

type MapFile struct {
	Data    []byte
	Mode    fs.FileMode
	ModTime time.Time
	Sys     any
}
