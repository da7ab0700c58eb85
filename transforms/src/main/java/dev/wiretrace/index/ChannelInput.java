package dev.wiretrace.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import org.apache.avro.file.SeekableInput;
import org.apache.beam.sdk.io.FileSystems;

/**
 * An index file opened through Beam's {@link FileSystems} for Avro to seek in: local files, GCS and
 * HDFS all give seekable channels.
 */
final class ChannelInput implements SeekableInput {
  private final SeekableByteChannel channel;

  private ChannelInput(SeekableByteChannel channel) {
    this.channel = channel;
  }

  static ChannelInput open(String path) throws IOException {
    ReadableByteChannel channel = FileSystems.open(FileSystems.matchNewResource(path, false));
    if (!(channel instanceof SeekableByteChannel seekable)) {
      channel.close();
      throw new IOException("the filesystem of " + path + " cannot seek in a file");
    }
    return new ChannelInput(seekable);
  }

  @Override
  public void seek(long position) throws IOException {
    channel.position(position);
  }

  @Override
  public long tell() throws IOException {
    return channel.position();
  }

  @Override
  public long length() throws IOException {
    return channel.size();
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    return channel.read(ByteBuffer.wrap(bytes, offset, length));
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
