"""Search: embeddings, the dense (FAISS) and lexical (BM25) indexes, their fusion, and the index on disk."""
