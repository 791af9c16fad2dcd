articles = Article.objects.prefetch_related('comment_set').order_by('-pk')
for article in articles:
    print(article.title)
    for comment in article.comment_set.all():
        print('  ', comment.content)
