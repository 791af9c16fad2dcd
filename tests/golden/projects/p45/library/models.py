from django.db import models


class Post(models.Model):
    address = models.EmailField(unique=True)
    thumbnail = models.ImageField(upload_to='files/')
    extra = models.DateField(null=True, blank=True)
    content = models.FileField('content', upload_to='images/', blank=True)

    class Meta:
        ordering = ['-thumbnail']
        db_table = 'library_posts'
